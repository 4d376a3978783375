import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, normalize, resolve } from 'node:path';
import type { DatasetMeta } from '../schemas/dataset.ts';
import { checkDescriptor } from './check-descriptor.ts';
import { checkForeignKeys } from './check-foreign-keys.ts';
import { scanTable } from './check-table.ts';
import { namedRow, type ScannedRow, type TypedRow } from './check-rows.ts';
import type { JsonPath } from './json-locate.ts';
import { problem, type Problem } from './problem.ts';
import type { Dialect } from './read-csv.ts';
import { dotFolderProblem, entryProblem, isDotName, pathProblem } from './regular-files.ts';
import { readTableSchema, type TableSchema } from './table-schema.ts';
import type { ProblemLog } from './problem-log.ts';

/**
 * Reads one Data Package folder: the descriptor and every CSV resource, typed by its schema.
 * This is the one reader of data/ — the validator and the site's loaders both use it — and it
 * never throws: anything unexpected becomes a `source-error` for the file it happened in.
 * Typed values: integer/number/year → number, boolean → boolean, date → ISO string, string →
 * string; a missing value is null with its code in `row.missing`.
 */
export interface PackageResource {
  name: string;
  /** Path of the CSV file (the package folder joined with the resource's `path`). */
  file: string;
  /** Index in the descriptor's `resources`, for locating problems in the descriptor. */
  index: number;
  schema: TableSchema;
  labels: string[];
  headerLine: number;
  columnOf: Map<string, number>;
  /** The typed rows; empty when the package was read with `keepRows: false` (validation streams them). */
  rows: TypedRow[];
  /** How many data rows the file has, whether or not they were kept. */
  rowCount: number;
}

/**
 * How to read. The site reads with the defaults: every row kept, problems in `Package.problems`.
 * The validator streams: problems go to `log` (which keeps a bounded number of each type per
 * file) and each row to `visit`, and rows are kept only where a foreign key needs them.
 */
export interface ReadOptions {
  log?: ProblemLog;
  keepRows?: boolean;
  /** Called for each resource once its header is read; returns what to do with each row, as read (by column position). */
  visit?: (pkg: Package, res: PackageResource) => ((row: ScannedRow) => void) | null;
}

export interface Package {
  dir: string;
  descriptorFile: string;
  /** Parsed descriptor (null when missing or not JSON). */
  descriptor: unknown;
  /** Project properties (DatasetMetaSchema), null when invalid. */
  meta: DatasetMeta | null;
  resources: PackageResource[];
  problems: Problem[];
  /** Files read: the descriptor and each resource file that exists. */
  files: string[];
  locate: (path: JsonPath) => { line: number; column: number };
}

export function readPackage(dir: string, options: ReadOptions = {}): Package {
  const descriptorFile = join(dir, 'datapackage.json');
  const pkg: Package = {
    dir,
    descriptorFile,
    descriptor: null,
    meta: null,
    resources: [],
    problems: [],
    files: [descriptorFile],
    locate: () => ({ line: 1, column: 1 }),
  };
  // With a log, problems go there (bounded per type and file) and Package.problems stays empty.
  const log = options.log;
  const report = (p: Problem) => void (log ? log.add(p) : pkg.problems.push(p));
  const reportAll = (list: Iterable<Problem>) => {
    for (const p of list) report(p);
  };
  const irregular = (isDotName(basename(resolve(dir))) ? dotFolderProblem(dir) : null) ?? entryProblem(dir) ?? entryProblem(descriptorFile);
  if (irregular) {
    report(irregular);
    return pkg;
  }
  if (!existsSync(descriptorFile)) {
    report(
      problem({ file: descriptorFile, type: 'source-error', message: '缺少描述文件 datapackage.json', hint: '每个数据包文件夹都需要 datapackage.json（见 data/README.md）' }),
    );
    return pkg;
  }
  try {
    const checked = checkDescriptor(readFileSync(descriptorFile), descriptorFile, basename(dir));
    Object.assign(pkg, { descriptor: checked.descriptor, meta: checked.meta, locate: checked.locate });
    reportAll(checked.problems);
  } catch (e) {
    report(unexpected(descriptorFile, e));
    return pkg;
  }
  const resources = (pkg.descriptor as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) return pkg;
  const keyed = foreignKeyTables(resources);
  resources.forEach((r: unknown, index) => {
    const res = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
    if (typeof res.path !== 'string' || typeof res.schema !== 'object' || res.schema === null) return;
    const file = join(dir, res.path);
    // The profile rejects absolute and `..` paths; never read outside the package either way.
    if (!normalize(file).startsWith(normalize(dir)) || !isSafe(res.path)) return;
    if (res.path.split(/[\\/]/).some(isDotName)) {
      report(
        problem({
          file: descriptorFile,
          ...pkg.locate(['resources', index, 'path']),
          field: `resources[${index}].path`,
          type: 'resource-error',
          message: `资源路径 ${res.path} 指向以“.”开头的隐藏文件或文件夹`,
          hint: '隐藏文件在审阅时看不到：改用不以“.”开头的文件名',
        }),
      );
      return;
    }
    const link = pathProblem(dir, file);
    if (link) {
      report(link);
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      report(
        problem({
          file: descriptorFile,
          ...pkg.locate(['resources', index, 'path']),
          field: `resources[${index}].path`,
          type: 'resource-error',
          message: `资源文件 ${res.path} 不存在`,
          hint: '检查文件名和大小写；路径相对于 datapackage.json 所在的文件夹',
        }),
      );
      return;
    }
    pkg.files.push(file);
    const name = typeof res.name === 'string' ? res.name : `resource-${index}`;
    const resource: PackageResource = { name, file, index, schema: readTableSchema(res.schema), labels: [], headerLine: 1, columnOf: new Map(), rows: [], rowCount: 0 };
    const keep = options.keepRows !== false || keyed.has(name);
    try {
      const shape = scanTable(file, res.schema, dialectOf(res.dialect), {
        problem: report,
        start: (header) => {
          Object.assign(resource, { labels: header.labels, headerLine: header.headerLine, columnOf: header.columnOf });
          const visit = options.visit?.(pkg, resource) ?? null;
          if (!keep) return visit;
          return (row) => {
            resource.rows.push(namedRow(row, header.names));
            visit?.(row);
          };
        },
      });
      resource.rowCount = shape.rowCount;
      pkg.resources.push(resource);
    } catch (e) {
      report(unexpected(file, e));
    }
  });
  try {
    reportAll(checkForeignKeys(pkg.resources, descriptorFile, (path) => pkg.locate(path)));
  } catch (e) {
    report(unexpected(descriptorFile, e));
  }
  return pkg;
}

/** Names of resources that have a foreign key or are the target of one: their rows are kept for checkForeignKeys. */
function foreignKeyTables(resources: unknown[]): Set<string> {
  const names = new Set<string>();
  for (const r of resources) {
    const res = (typeof r === 'object' && r !== null ? r : {}) as { name?: unknown; schema?: { foreignKeys?: unknown } };
    const fks = res.schema?.foreignKeys;
    if (!Array.isArray(fks) || fks.length === 0) continue;
    if (typeof res.name === 'string') names.add(res.name);
    for (const fk of fks) {
      const target = (fk as { reference?: { resource?: unknown } } | null)?.reference?.resource;
      if (typeof target === 'string') names.add(target);
    }
  }
  return names;
}

function isSafe(path: string): boolean {
  return !path.startsWith('/') && !path.split(/[\\/]/).includes('..');
}

function dialectOf(d: unknown): Dialect {
  if (typeof d !== 'object' || d === null) return {};
  const { delimiter, quoteChar } = d as Record<string, unknown>;
  return {
    ...(typeof delimiter === 'string' && delimiter.length === 1 ? { delimiter } : {}),
    ...(typeof quoteChar === 'string' && quoteChar.length === 1 ? { quoteChar } : {}),
  };
}

/** An exception no check expected: reported against the file, never thrown (contract: "never crashes"). */
export function unexpected(file: string, e: unknown): Problem {
  const detail = e instanceof Error ? e.message : String(e);
  return problem({ file, type: 'source-error', message: `读取时发生意外错误：${detail}`, hint: '这是校验器的缺陷，请把这条信息报告给开发者' });
}
