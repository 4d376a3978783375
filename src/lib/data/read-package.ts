import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, normalize, resolve } from 'node:path';
import type { DatasetMeta } from '../schemas/dataset.ts';
import { checkDescriptor } from './check-descriptor.ts';
import { checkForeignKeys } from './check-foreign-keys.ts';
import { checkTable } from './check-table.ts';
import type { TypedRow } from './check-rows.ts';
import type { JsonPath } from './json-locate.ts';
import { problem, type Problem } from './problem.ts';
import type { Dialect } from './read-csv.ts';
import { dotFolderProblem, entryProblem, isDotName, pathProblem } from './regular-files.ts';
import type { TableSchema } from './table-schema.ts';

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
  rows: TypedRow[];
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

export function readPackage(dir: string): Package {
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
  const irregular = (isDotName(basename(resolve(dir))) ? dotFolderProblem(dir) : null) ?? entryProblem(dir) ?? entryProblem(descriptorFile);
  if (irregular) {
    pkg.problems.push(irregular);
    return pkg;
  }
  if (!existsSync(descriptorFile)) {
    pkg.problems.push(
      problem({ file: descriptorFile, type: 'source-error', message: '缺少描述文件 datapackage.json', hint: '每个数据包文件夹都需要 datapackage.json（见 data/README.md）' }),
    );
    return pkg;
  }
  try {
    const checked = checkDescriptor(readFileSync(descriptorFile), descriptorFile, basename(dir));
    Object.assign(pkg, { descriptor: checked.descriptor, meta: checked.meta, locate: checked.locate });
    pkg.problems.push(...checked.problems);
  } catch (e) {
    pkg.problems.push(unexpected(descriptorFile, e));
    return pkg;
  }
  const resources = (pkg.descriptor as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) return pkg;
  resources.forEach((r: unknown, index) => {
    const res = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
    if (typeof res.path !== 'string' || typeof res.schema !== 'object' || res.schema === null) return;
    const file = join(dir, res.path);
    // The profile rejects absolute and `..` paths; never read outside the package either way.
    if (!normalize(file).startsWith(normalize(dir)) || !isSafe(res.path)) return;
    if (res.path.split(/[\\/]/).some(isDotName)) {
      pkg.problems.push(
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
      pkg.problems.push(link);
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      pkg.problems.push(
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
    try {
      const table = checkTable(readFileSync(file), file, res.schema, dialectOf(res.dialect));
      pkg.problems.push(...table.problems);
      const name = typeof res.name === 'string' ? res.name : `resource-${index}`;
      pkg.resources.push({ name, file, index, schema: table.schema, labels: table.labels, headerLine: table.headerLine, columnOf: table.columnOf, rows: table.rows });
    } catch (e) {
      pkg.problems.push(unexpected(file, e));
    }
  });
  try {
    pkg.problems.push(...checkForeignKeys(pkg.resources, descriptorFile, (path) => pkg.locate(path)));
  } catch (e) {
    pkg.problems.push(unexpected(descriptorFile, e));
  }
  return pkg;
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
