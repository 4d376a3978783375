export { loadSiteData, type SiteData } from './load.ts';
export { isExample, anyExample, type Dataset, type DatasetFile } from './datasets.ts';
export { indexOf, usesExampleData, nameOf, type Index } from './query.ts';
export { countyYear, type CountyYear, type CountyFigure } from './county-year.ts';
export { countyYearRows, toCsv, excelCsv, excelTwin, UTF8_BOM, CSV_HEADERS, type ExportRow } from './export.ts';
export {
  divisionYearRows,
  countyAllYearsRows,
  countyYearsOf,
  prefectureYearRows,
  rankingRows,
  type RankingRow,
} from './csv-exports.ts';
export { choropleth, mappedIndicators, type Choropleth } from './choropleth.ts';
export { indicatorYearJson, classLabels, figureLabel, apiIndex, type IndicatorYearJson, type ApiFile } from './api.ts';
export { yearsWithCountyFigures, apiFiles } from './indicator-paths.ts';
export { indicatorYears, pageLists, routeParams, inEachLang, pagePaths, type PageLists } from './pages.ts';
export {
  figuresAt,
  yearSummary,
  yearSummaries,
  prefectureFigures,
  extremes,
  datasetsWith,
  type AreaFigure,
  type YearSummary,
} from './indicator-view.ts';
export {
  publishedFigures,
  figuresOf,
  figuresIn,
  shortTitle,
  TARGETS_DATASET,
  OUTCOMES_DATASET,
  type PublishedFigure,
} from './published.ts';
