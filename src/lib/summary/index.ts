export { HEADLINE_INDICATORS, areaYearFacts, type AreaYearFacts, type HeadlineFact } from './facts.ts';
export { countySeriesFacts, type CountySeriesFacts } from './series-facts.ts';
export { areaYearSummary, countySeriesSummary, summaryText, type Summary } from './words.ts';
