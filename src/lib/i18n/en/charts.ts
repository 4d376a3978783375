/** English strings: charts drawn at build time (src/components/charts). */
import type { charts as zh } from '../zh/charts.ts';

export const charts: Record<keyof typeof zh, string> = {
  'chart.strip.title': '{indicator} in each prefecture’s counties, {year}',
  'chart.strip.unit':
    'Axis unit: {unit}. Each dot is one county, coloured as on the map; prefectures are ordered by their median county, highest first.',
  'chart.strip.label':
    'Dot chart of {indicator} in {counties} counties, {year}, one row for each of {prefectures} prefectures. Highest median county: {top} ({topValue}); lowest: {bottom} ({bottomValue}). The ranked table below gives every county’s figure.',
  'chart.source': 'Source: {sources}.',
  'chart.example': 'Example data, not real statistics.',
  'chart.tableLink': 'See the ranked table of every county',
  'chart.trends.h2': 'Change, 2018–2020',
  'chart.trends.caption':
    'Solid line: {county}. Dashed: the median county of {prefecture}. Dotted: the median county of the province. The reference lines are medians of counties, not totals, which would dwarf any one county.',
  'chart.trends.label':
    '{indicator}. {county}: {countyValues}. Median county of {prefecture}: {prefectureValues}. Median county of the province: {provinceValues}.',
  'chart.trends.point': '{year}: {value}',
  'chart.trends.none': 'no figure',
  'chart.trends.table': 'Data table',
  'chart.trends.year': 'Year',
  'chart.trends.prefectureMedian': 'Median county of {prefecture}',
  'chart.trends.provinceMedian': 'Median county of the province',
};
