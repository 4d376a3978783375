import type { compare as zh } from '../zh/compare.ts';

/** English strings: the compare page (/compare/) and the links to it from county and prefecture pages. Exactly the keys of the Chinese part. */
export const compare: Record<keyof typeof zh, string> = {
  'nav.compare': 'Compare',
  'comparePage.title': 'Compare places',
  'comparePage.description':
    'Choose 2–4 counties, prefectures or the province and compare every indicator of 2018–2020 side by side; share the comparison by its address.',
  'comparePage.lede':
    'Choose 2–4 places (counties, prefectures or the province) and a year: the table lists each place’s figure for every indicator, and how far each place is from the first one (in percentage points for rates). The choice is kept in the address, so you can share it.',
  'comparePage.form': 'Choose the places and the year to compare',
  'comparePage.division': 'Place {n}',
  'comparePage.none': '(none)',
  'comparePage.year': 'Year',
  'comparePage.allYears': 'All of 2018–2020',
  'comparePage.submit': 'Compare',
  'comparePage.province': 'Province',
  'comparePage.prefectures': 'Prefectures',
  'comparePage.ended': '{name} (until {year})',
  'comparePage.noscript':
    'The table and charts are made in your browser by a script from the site’s static data; without the script this page cannot read the choice in its address. The form above still makes an address you can share, and every place’s figures are on its own page:',
  'comparePage.noscript.counties': 'all counties and prefectures',
  'comparePage.noscript.year': 'the province year by year',
  'comparePage.choose': 'Choose 2–4 places to see the table and charts here.',
  'comparePage.loading': 'Loading the figures…',
  'comparePage.error': 'The figures could not be loaded. Please try again later, or open each place’s page.',
  'comparePage.shown': 'Comparing {names}, {years}.',
  'comparePage.problem.badCode': '“{value}” is not a division code: codes have six digits, e.g. 371327 (Junan County).',
  'comparePage.problem.unknownCode':
    'No county, prefecture or province has the code {value}: please choose from the list.',
  'comparePage.problem.repeated': '{value} is listed more than once; it is compared once.',
  'comparePage.problem.tooFew': 'Please choose at least 2 places (now {count}).',
  'comparePage.problem.tooMany':
    'At most 4 places can be compared: the address lists {count}, so only the first 4 are kept.',
  'comparePage.problem.badYear': '“{value}” is not a year of the plan (2018, 2019, 2020): showing every year.',
  'comparePage.table.caption': '{names}: every indicator, {years}',
  'comparePage.table.difference': '{name} minus {base}',
  'comparePage.years.one': '{year}',
  'comparePage.years.all': '2018–2020',
  'comparePage.charts.title': 'Small multiples, 2018–2020',
  'comparePage.charts.note':
    'One chart per indicator; the places share one vertical scale from zero. A missing year breaks the line instead of counting as zero.',
  'comparePage.charts.label': '{indicator}, 2018–2020: {values}',
  'comparePage.charts.series': '{name} {values}',
  'comparePage.source': 'Source: {sources}.',
  'comparePage.release': '{title} ({name}, version {version}, published {published})',
  'comparePage.pages': 'Each place’s page:',
  'comparePage.link.county': 'Compare with {prefecture} and the province',
  'api.file.compare': '{name} ({code}): every indicator of 2018–2020, in the form the compare page reads',
  'comparePage.link.prefecture': 'Compare with the province',
} as const;
