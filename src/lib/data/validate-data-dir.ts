import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkDomain, isDivisionTable } from './check-domain.ts';
import { checkFigureTable, isFigureTable } from './check-figure-table.ts';
import { checkSums } from './check-sums.ts';
import { isError, problem, sortProblems, type Problem, type Report } from './problem.ts';
import { readPackage, unexpected, type Package } from './read-package.ts';
import { buildRegistry } from './registry.ts';
import { dotFolderProblem, entryProblem, findIrregular, isDotName } from './regular-files.ts';

export interface ValidateOptions {
  /** Also refuse datasets with `status: example` (for publishing). */
  strict?: boolean;
}

/**
 * Validates a whole data folder (data/README.md): `divisions/`, `indicators/` and every
 * `datasets/<name>/` package — descriptors, tables, then the domain rules that need the registry
 * and the catalogue. Returns every problem found; the caller decides what to do with them.
 */
export function validateDataDir(dir: string, options: ValidateOptions = {}): Report {
  const problems: Problem[] = [];
  const packages: Package[] = [];
  const missing = (path: string, what: string) =>
    problems.push(problem({ file: path, type: 'source-error', message: `缺少${what}`, hint: '数据文件夹的结构见 data/README.md' }));
  // A link or special file in place of a folder is reported as such (findIrregular), not as missing.
  const absent = (path: string, what: string) => entryProblem(path) === null && missing(path, what);

  // The folder itself may be reached through a link (the caller chose it); what is inside may not.
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    missing(dir, '数据文件夹');
    return finish([], problems, [], 0, 0);
  }
  const divisionsDir = join(dir, 'divisions');
  const indicatorsDir = join(dir, 'indicators');
  const datasetsDir = join(dir, 'datasets');
  const divisions = isDir(divisionsDir) ? safeRead(divisionsDir) : (absent(divisionsDir, '行政区划登记表文件夹 divisions/'), null);
  const indicators = isDir(indicatorsDir) ? safeRead(indicatorsDir) : (absent(indicatorsDir, '指标目录文件夹 indicators/'), null);
  if (divisions) packages.push(divisions);
  if (indicators) packages.push(indicators);
  const datasets: Package[] = [];
  if (isDir(datasetsDir)) {
    for (const name of readdirSync(datasetsDir).sort()) {
      const path = join(datasetsDir, name);
      if (isDotName(name) && isDir(path)) problems.push(dotFolderProblem(path));
      else if (isDir(path)) datasets.push(safeRead(path));
    }
  } else absent(datasetsDir, '数据集文件夹 datasets/');
  packages.push(...datasets);

  const registry = buildRegistry(divisions, indicators);
  problems.push(...registry.problems);
  let unchecked = 0;
  for (const pkg of datasets) {
    const meta = pkg.meta;
    if (!meta) continue;
    for (const res of pkg.resources.filter(isDivisionTable)) {
      try {
        if (isFigureTable(res)) {
          problems.push(...checkFigureTable(res, meta, registry));
          continue;
        }
        problems.push(...checkDomain(res, meta, registry));
        const sums = checkSums(res, meta, registry);
        problems.push(...sums.problems);
        unchecked += sums.unchecked;
      } catch (e) {
        problems.push(unexpected(res.file, e));
      }
    }
  }
  for (const pkg of packages) {
    problems.push(...pkg.problems);
    if (options.strict && pkg.meta?.status === 'example') {
      problems.push(
        problem({
          file: pkg.descriptorFile,
          ...pkg.locate(['status']),
          field: 'status',
          type: 'example-data',
          message: `数据集 ${pkg.meta.name} 是示例数据（status: example），--strict 模式下不能发布`,
          hint: '换成已发布的正式数据（status: official，附来源），或发布时不加 --strict',
        }),
      );
    }
  }
  // Symlinks and special files anywhere in the folder, including ones no package names.
  const reported = new Set(problems.map((p) => `${p.file}\n${p.message}`));
  for (const p of findIrregular(dir)) if (!reported.has(`${p.file}\n${p.message}`)) problems.push(p);
  const examples = datasets.filter((p) => p.meta?.status === 'example').length;
  return finish(packages, problems, datasets, unchecked, examples);
}

function finish(packages: Package[], problems: Problem[], datasets: Package[], unchecked: number, examples: number): Report {
  const files = [...new Set([...packages.flatMap((p) => p.files), ...problems.map((p) => p.file)])];
  const sorted = sortProblems(problems, files);
  const errors = sorted.filter(isError).length;
  return {
    valid: errors === 0,
    problems: sorted,
    files,
    stats: {
      files: packages.reduce((n, p) => n + p.files.length, 0),
      rows: packages.reduce((n, p) => n + p.resources.reduce((m, r) => m + r.rows.length, 0), 0),
      datasets: datasets.length,
      exampleDatasets: examples,
      errors,
      warnings: sorted.length - errors,
      uncheckedSums: unchecked,
    },
  };
}

function isDir(path: string): boolean {
  try {
    // lstat: a symlink to a folder is not a folder here (regular-files.ts reports it).
    return existsSync(path) && lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** readPackage never throws by design; this guard keeps one broken package from hiding the others. */
function safeRead(dir: string): Package {
  try {
    return readPackage(dir);
  } catch (e) {
    const descriptorFile = join(dir, 'datapackage.json');
    return { dir, descriptorFile, descriptor: null, meta: null, resources: [], problems: [unexpected(descriptorFile, e)], files: [descriptorFile], locate: () => ({ line: 1, column: 1 }) };
  }
}
