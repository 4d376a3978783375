/** English strings: charts drawn at build time (src/components/charts). */
import type { charts as zh } from '../zh/charts.ts';

export const charts: Record<keyof typeof zh, string> = {
  'chart.strip.title': '{indicator} in each prefecture’s counties, {year}',
  'chart.strip.unit': 'Axis unit: {unit}. Each dot is one county, coloured as on the map; prefectures are ordered by their median county, highest first.',
  'chart.strip.label': 'Dot chart of {indicator} in {counties} counties, {year}, one row for each of {prefectures} prefectures. Highest median county: {top} ({topValue}); lowest: {bottom} ({bottomValue}). The ranked table below gives every county’s figure.',
  'chart.source': 'Source: {sources}.',
  'chart.example': 'Example data, not real statistics.',
  'chart.tableLink': 'See the ranked table of every county',
} as const;
