/**
 * The dated division registry (`data/divisions/`) and the one set of queries over it, used by
 * the validator's domain checks and by the pages. A registry is a `readonly Division[]` in file
 * order; "on" queries take an ISO date, "at"/"in force" queries take a year and ask about its
 * reference date, 31 December.
 */
export { PROVINCE_CODE } from './province.ts';
export { loadDivisions } from './load.ts';
export { readDivisions, type DivisionsRead } from './read.ts';
export { divisionByCode, codeAndName, suggestDivisions } from './lookup.ts';
export {
  isIsoDate,
  referenceDate,
  isInForce,
  inForceOn,
  inForceAt,
  countiesInForce,
  prefecturesInForce,
  childrenOn,
  childrenOf,
  everChildrenOf,
  yearsInForce,
} from './in-force.ts';
export {
  successorsOf,
  predecessorsOf,
  sameLevelPredecessorsOf,
  successorsOn,
  resolveAt,
  sameLevelPredecessorsOn,
} from './successors.ts';
export type { Division } from '../schemas/division.ts';
