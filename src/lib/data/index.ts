/**
 * Reading and validating data/ (data/README.md). Pure apart from reading files: no console, no
 * process.exit — scripts/validate.ts and scripts/build.ts decide what to print and how to exit.
 */
export { validateDataDir, type ValidateOptions } from './validate-data-dir.ts';
export { readPackage, type Package, type PackageResource } from './read-package.ts';
export type { TypedRow } from './check-rows.ts';
export type { CellValue } from './cast.ts';
export type { TableSchema, Field, MissingValue } from './table-schema.ts';
export { formatText, formatProblem, summaryLine, problemLine, type FormatOptions } from './report-text.ts';
export { formatJson, toJsonReport, type JsonReport, type JsonProblem } from './report-json.ts';
export { PROBLEM_TYPES, type BaseStats, type Problem, type ProblemType, type Report, type ReportStats, type Severity } from './problem.ts';
