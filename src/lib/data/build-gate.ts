import type { Report } from './problem.ts';
import { formatText } from './report-text.ts';
import { validateDataDir, type ValidateOptions } from './validate-data-dir.ts';

/**
 * For `npm run build`: validate data/ before anything is built, and build nothing when it fails
 * (data/README.md: "npm run build refuses to build from data that fails").
 *
 *     import { assertValidData } from '../src/lib/data/index.ts';
 *     assertValidData('data', { cwd: process.cwd() }); // throws DataValidationError; the script exits 1
 */
export class DataValidationError extends Error {
  report: Report;
  /** The full text report, ready to print. */
  text: string;
  constructor(report: Report, text: string) {
    super(`数据校验失败：${report.stats.errors} 个错误，未构建任何内容`);
    this.name = 'DataValidationError';
    this.report = report;
    this.text = text;
  }
}

export interface GateOptions extends ValidateOptions {
  /** Directory paths in the report are relative to (the build passes process.cwd()). */
  cwd?: string;
}

/** Validates `dir`; returns the report when valid (warnings allowed), throws DataValidationError otherwise. */
export function assertValidData(dir = 'data', options: GateOptions = {}): Report {
  const report = validateDataDir(dir, options);
  if (!report.valid) throw new DataValidationError(report, formatText(report, { cwd: options.cwd }));
  return report;
}
