import type { countyYear as zh } from '../zh/county-year.ts';

/** English strings: County-year pages (/counties/{code}/{year}/): title, figure table and boundary-change note. Exactly the keys of the Chinese part. */
export const countyYear: Record<keyof typeof zh, string> = {
  'countyYear.title': '{name}, {year}',
  'countyYear.description': '{name} ({prefecture}) in {year}: poverty-alleviation figures, ranks and sources',
  'countyYear.lede': '{name}, {prefecture} (code {code}), figures at the end of {year}.',
  'countyYear.mapLabel': "Map of Shandong's counties in {year}, with {name} marked",
  'countyYear.figures.title': 'Figures',
  'countyYear.citeTitle': '{name}, {year}: poverty-alleviation figures',
  'countyYear.table.caption': 'Figures for {year} (rank 1 = largest figure)',
  'countyYear.col.change': 'Change on last year',
  'countyYear.col.comparison': 'Comparison',
  'countyYear.via': 'last year from {parts}',
  'countyYear.via.join': ' + ',
  'countyYear.measures': 'The measures behind these figures',
  'countyYear.change.from': 'In force from {date}; formerly {divisions}{document}.',
  'countyYear.change.to': 'No longer in force from {date}; its area is now part of {divisions}{document}.',
  'countyYear.change.document': ' ({document})',
  'countyYear.change.join': ' and ',
};
