export { loadSiteData, type SiteData } from './load.ts';
export type { Dataset, DatasetFile } from './datasets.ts';
export { indexOf, usesExampleData, nameOf, type Index } from './query.ts';
export { countyYear, type CountyYear, type CountyFigure } from './county-year.ts';
export { countyYearRows, toCsv, type ExportRow } from './export.ts';
export { choropleth, mappedIndicators, type Choropleth } from './choropleth.ts';
