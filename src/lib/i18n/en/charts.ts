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
  'chart.trends.fileTitle': '{county}: change over 2018–2020',
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
  'chart.change.h2': 'Counties ranked by change, {from}→{to}',
  'chart.change.title': '{indicator}: change in each county, {from}→{to}',
  'chart.change.unit':
    'Axis: change ({to} minus {from}), in {unit}. Each dot is one county; prefectures are ordered by their median county’s change, largest first; left of 0 is a fall, right of 0 a rise.',
  'chart.change.points': 'percentage points',
  'chart.change.label':
    'Dot chart of the change in {indicator} from {from} to {to} in {counties} counties, one row for each of {prefectures} prefectures. Largest rise (or smallest fall): {top} ({topChange}); largest fall (or smallest rise): {bottom} ({bottomChange}). The ranked table below gives every county’s change.',
  'chart.change.tied': '{count} counties tied, {name} among them',
  'chart.change.tableLink': 'See the table of counties ranked by change',
  'chart.change.caption': '{indicator}: counties ranked by change, {from}→{to} (1 = largest rise)',
  'chart.change.allTied':
    'All {count} counties that can be compared changed by the same amount, {value}, so none ranks above another.',
  'chart.change.rank': 'Rank (1 = largest rise)',
  'chart.change.col': 'Change',
  'chart.change.via': '{from} figure from {parts}',
  'chart.change.method':
    'A county formed after {from} is compared with the counties that wholly became it: counts are added and rates recomputed from their numerator and denominator, as on the county pages.',
  'chart.change.missing': 'Not ranked (no figure for {from} or {to}): {names}.',
  'chart.change.none': 'Too few counties have figures for both {from} and {to} to rank them.',
  'map.preview.open': 'Open this county’s page',
};
