import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetMeta } from '../schemas/dataset.ts';
import { DomainCheck, isDivisionTable } from './check-domain.ts';
import type { ScannedRow } from './check-rows.ts';
import { checkFigureTable, isFigureTable } from './check-figure-table.ts';
import { checkGeo } from './check-geo.ts';
import { checkReleases } from './check-releases.ts';
import { checkSums, MAX_SUM_ROWS, SumRows } from './check-sums.ts';
import { CountyYears } from './county-years.ts';
import { problem, sortProblems, type Problem, type Report } from './problem.ts';
import { ProblemLog } from './problem-log.ts';
import { readPackage, unexpected, type Package, type PackageResource, type ReadOptions } from './read-package.ts';
import { buildRegistry } from './registry.ts';
import { ReleaseWatch } from './release-watch.ts';
import { dotFolderProblem, entryProblem, findIrregular, isDotName } from './regular-files.ts';

export interface ValidateOptions {
  /** Also refuse datasets with `status: example` (for publishing). */
  strict?: boolean;
}

/**
 * Validates a whole data folder (data/README.md): `divisions/`, `indicators/` and every
 * `datasets/<name>/` package — descriptors, tables, then the domain rules that need the registry
 * and the catalogue — and the boundary files in `geo/`. Returns every problem found; the caller decides what to do with them.
 */
export function validateDataDir(dir: string, options: ValidateOptions = {}): Report {
  // Domain problems are listed before a table's own at the same cell, as they always were.
  const domainLog = new ProblemLog();
  const log = new ProblemLog();
  const packages: Package[] = [];
  const missing = (path: string, what: string) =>
    log.add(problem({ file: path, type: 'source-error', message: `缺少${what}`, hint: '数据文件夹的结构见 data/README.md' }));
  // A link or special file in place of a folder is reported as such (findIrregular), not as missing.
  const absent = (path: string, what: string) => entryProblem(path) === null && missing(path, what);

  // The folder itself may be reached through a link (the caller chose it); what is inside may not.
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    missing(dir, '数据文件夹');
    return finish([], [domainLog, log], [], 0);
  }
  const divisionsDir = join(dir, 'divisions');
  const indicatorsDir = join(dir, 'indicators');
  const datasetsDir = join(dir, 'datasets');
  // The registry and the catalogue are small and needed whole; datasets are streamed after them.
  const divisions = isDir(divisionsDir) ? safeRead(divisionsDir, { log }) : (absent(divisionsDir, '行政区划登记表文件夹 divisions/'), null);
  const indicators = isDir(indicatorsDir) ? safeRead(indicatorsDir, { log }) : (absent(indicatorsDir, '指标目录文件夹 indicators/'), null);
  if (divisions) packages.push(divisions);
  if (indicators) packages.push(indicators);
  const registry = buildRegistry(divisions, indicators);
  domainLog.addAll(registry.problems);

  let unchecked = 0;
  /** What to finish once a dataset has been read: the last batch and its sums. */
  const ends: Array<() => void> = [];
  /** Each table's rows go to the release comparison and to the domain checks, in one read. */
  const releases = new ReleaseWatch();
  /** The years of county rows, which need a boundary file each (check-geo.ts). */
  const countyYears = new CountyYears(registry.divisions);
  const visit = (pkg: Package, res: PackageResource): ((row: ScannedRow) => void) | null =>
    both(both(releases.watch(pkg, res), domainRows(pkg, res)), countyYears.watch(res, pkg.meta));
  /** Domain rules for each dataset table, row by row as it is read, and its sums once it has been read. */
  const domainRows = (pkg: Package, res: PackageResource): ((row: ScannedRow) => void) | null => {
    const meta = pkg.meta;
    if (!meta || !isDivisionTable(res)) return null;
    if (isFigureTable(res)) return figureTable(res, meta);
    const sums = new SumRows(registry, res.columnOf);
    // A check that throws is one problem of the table, and its rows are checked no further.
    const failed = (e: unknown) => {
      domainLog.add(unexpected(res.file, e));
      return null;
    };
    let domain: DomainCheck | null;
    try {
      domain = new DomainCheck(res, meta, registry, (p) => domainLog.add(p));
    } catch (e) {
      domain = failed(e);
    }
    ends.push(() => {
      if (sums.overflow) return domainLog.add(sums.overflowProblem(res.file));
      try {
        const checked = checkSums(res, sums.rows, meta, registry);
        domainLog.addAll(checked.problems);
        unchecked += checked.unchecked;
      } catch (e) {
        domainLog.add(unexpected(res.file, e));
      }
    });
    return (row) => {
      if (domain) {
        try {
          domain.row(row);
        } catch (e) {
          domain = failed(e);
        }
      }
      sums.add(row);
    };
  };
  /** A figure table compares rows with each other (checkFigureTable), so its rows are kept, up to MAX_SUM_ROWS. */
  const figureTable = (res: PackageResource, meta: DatasetMeta): ((row: ScannedRow) => void) => {
    const rows: ScannedRow[] = [];
    ends.push(() => {
      if (rows.length > MAX_SUM_ROWS) return domainLog.add(new SumRows(registry, res.columnOf).overflowProblem(res.file));
      try {
        domainLog.addAll(checkFigureTable(res, rows, meta, registry));
      } catch (e) {
        domainLog.add(unexpected(res.file, e));
      }
    });
    return (row) => {
      if (rows.length <= MAX_SUM_ROWS) rows.push(row);
    };
  };
  const datasets: Package[] = [];
  if (isDir(datasetsDir)) {
    for (const name of readdirSync(datasetsDir).sort()) {
      const path = join(datasetsDir, name);
      if (isDotName(name) && isDir(path)) log.add(dotFolderProblem(path));
      else if (isDir(path)) {
        const pkg = safeRead(path, { log, keepRows: false, visit });
        datasets.push(pkg);
        for (const end of ends.splice(0)) end();
        guard(log, pkg.descriptorFile, () => checkReleases(pkg, (file) => releases.diffOf(file)));
      }
    }
  } else absent(datasetsDir, '数据集文件夹 datasets/');
  for (const pkg of datasets) packages.push(pkg);
  const geo = checkGeo(dir, registry.divisions, countyYears);
  log.addAll(geo.problems);

  for (const pkg of packages) {
    if (options.strict && pkg.meta?.status === 'example') {
      log.add(
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
  const reported = new Set(log.kept.map((p) => `${p.file}\n${p.message}`));
  for (const p of findIrregular(dir)) if (!reported.has(`${p.file}\n${p.message}`)) log.add(p);
  const examples = datasets.filter((p) => p.meta?.status === 'example').length;
  return finish(packages, [domainLog, log], datasets, unchecked, examples, geo.files);
}

/** Both row consumers, either, or none. */
function both(a: ((row: ScannedRow) => void) | null, b: ((row: ScannedRow) => void) | null): ((row: ScannedRow) => void) | null {
  if (!a || !b) return a ?? b;
  return (row) => {
    a(row);
    b(row);
  };
}

/** `others`: files checked outside the packages (the boundary files in geo/). */
function finish(packages: Package[], logs: ProblemLog[], datasets: Package[], unchecked: number, examples = 0, others: string[] = []): Report {
  const problems: Problem[] = [];
  for (const log of logs) for (const p of log.kept) problems.push(p);
  const files = [...new Set([...packages.flatMap((p) => p.files), ...others, ...problems.map((p) => p.file)])];
  const sorted = sortProblems(problems, files);
  const errors = logs.reduce((n, l) => n + l.errors, 0);
  const warnings = logs.reduce((n, l) => n + l.warnings, 0);
  const omitted = logs.flatMap((l) => l.omitted());
  return {
    valid: errors === 0,
    problems: sorted,
    files,
    stats: {
      files: packages.reduce((n, p) => n + p.files.length, 0) + others.length,
      rows: packages.reduce((n, p) => n + p.resources.reduce((m, r) => m + r.rowCount, 0), 0),
      datasets: datasets.length,
      exampleDatasets: examples,
      errors,
      warnings,
      uncheckedSums: unchecked,
    },
    ...(omitted.length > 0 && { omitted }),
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

/** Runs a check that should not throw; if it does, that is one problem of the file, not a crash. */
function guard(log: ProblemLog, file: string, check: () => Problem[]): void {
  try {
    log.addAll(check());
  } catch (e) {
    log.add(unexpected(file, e));
  }
}

/** readPackage never throws by design; this guard keeps one broken package from hiding the others. */
function safeRead(dir: string, options: ReadOptions & { log: ProblemLog }): Package {
  try {
    return readPackage(dir, options);
  } catch (e) {
    const descriptorFile = join(dir, 'datapackage.json');
    options.log.add(unexpected(descriptorFile, e));
    return { dir, descriptorFile, descriptor: null, meta: null, resources: [], problems: [], files: [descriptorFile], locate: () => ({ line: 1, column: 1 }) };
  }
}
