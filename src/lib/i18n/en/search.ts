import type { search as zh } from '../zh/search.ts';

/** English strings: the search form in the header, the search page and the 404 page. Exactly the keys of the Chinese part. */
export const search: Record<keyof typeof zh, string> = {
  'search.label': 'Search counties, indicators or policy',
  'search.placeholder': 'e.g. Junan, poverty rate, safety net',
  'search.submit': 'Search',
  'search.title': 'Search',
  'search.description':
    'Find counties and prefectures by name, pinyin or code, and indicators, explainers and glossary terms by name.',
  'search.lede':
    'Type a county or prefecture name or part of it, its pinyin (e.g. junan) or its division code (e.g. 371327), or the name of an indicator, a policy or a term.',
  'search.results': 'Results',
  'search.count': '{count} results for “{q}”.',
  'search.none': 'Nothing found for “{q}”. Try other words, or look in the list below.',
  'search.error': 'The search index could not be loaded; please use the list below.',
  'search.ended': 'ended {year}',
  'search.type.county': 'County',
  'search.type.prefecture': 'Prefecture',
  'search.type.indicator': 'Indicator',
  'search.type.policy': 'Policy',
  'search.type.term': 'Term',
  'search.all': 'All places and indicators (A–Z)',
  'search.allPlaces': 'Counties and prefectures',
  'search.allIndicators': 'Indicators',
  'nav.indicatorsMaps': 'Indicators & maps',
  'notFound.title': 'Page not found',
  'notFound.lede':
    'There is no page at this address: it may be mistyped, or the page has moved. Search, or carry on from the links below.',
  'notFound.home': 'Back to the home page',
  'notFound.counties': 'All counties',
  'counties.mapLabel': 'Counties at the end of {year}; select one to open its page',
} as const;
