/** Queries over the dated division registry (`data/divisions/divisions.csv`). */
export { parseDivisionsCsv } from './parse.ts';
export { PROVINCE_CODE } from './province.ts';
export { loadDivisions } from './load.ts';
export { divisionByCode } from './lookup.ts';
export { referenceDate, isInForce, countiesInForce, prefecturesInForce, childrenOf } from './in-force.ts';
export { successorsOf, predecessorsOf, resolveAt } from './successors.ts';
export type { Division } from '../schemas/division.ts';
