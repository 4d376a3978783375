import { DatasetMetaSchema, LINK_RULE, type DatasetMeta } from '../schemas/dataset.ts';
import { dotted, friendlyAjvErrors } from './ajv-messages.ts';
import { findBadLinks, isBadLink } from './check-links.ts';
import { findTodos, isTodo } from './check-todo.ts';
import { decodeBytes } from './decode.ts';
import { lineColumn, locate, scanJson, type JsonPath } from './json-locate.ts';
import { validateAgainstProfile } from './profile.ts';
import { problem, type Problem, type ProblemType, type Severity } from './problem.ts';
import { SUPPORTED_TYPES } from './table-schema.ts';
import { friendlyZodIssues } from './zod-messages.ts';

export interface CheckedDescriptor {
  /** The parsed descriptor, or null when it is not JSON. */
  descriptor: unknown;
  /** The project properties, when they are valid. */
  meta: DatasetMeta | null;
  problems: Problem[];
  /** Line and column of a property in the file (its nearest existing ancestor if absent). */
  locate: (path: JsonPath) => { line: number; column: number };
}

/** What to write, for the properties staff most often get wrong (data/README.md, "Required descriptor properties"). */
const EXAMPLES: Record<string, string> = {
  name: '小写字母、数字和连字符，与文件夹同名，例如 "county-example"',
  titles: '例如 {"zh-CN": "……", "en": "…"}',
  descriptions: '例如 {"zh-CN": "……", "en": "…"}',
  status: '"official"（已发布的数字）或 "example"（生成的示例数据）',
  version: '语义化版本，例如 "1.0.0"',
  published: '本版本在网站上发布的日期，例如 "2024-01-31"',
  referenceYears: '数据所指的年份，例如 [2018, 2019, 2020]',
  referenceDay: '"MM-DD"，年末数据写 "12-31"',
  contributors: '例如 [{"title": "…", "roles": ["publisher"]}]',
  licenses: '例如 [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "…"}]',
  sources: '例如 [{"name": "interpretation-2018", "title": "…", "path": "https://…"}]',
};

const LINK_HINT = '链接会出现在网页上：写出处的 https 网址，或仓库里说明文档的路径；不能用 javascript:、data:、file: 或 // 开头的地址';

/** Fixes for profile errors staff make, by the property they are about. */
const PROFILE_HINTS: Record<string, string> = {
  missingValues: '要么全写成字符串 ["NP", "NA", "S"]，要么全写成 {"value": "NP", "label": "未公布"} 这样的对象，不能混用',
  primaryKey: '写成字段名的数组，例如 ["division_code", "year"]',
  path: '写成相对于 datapackage.json 的文件名，例如 "county-example.csv"',
};

/** Largest descriptor read, in bytes: today's are under 20 KB; a bigger one is pasted data, not a description. */
export const MAX_DESCRIPTOR_BYTES = 1024 * 1024;

/**
 * A `datapackage.json`: JSON syntax (with the position of the first error), the Frictionless
 * Data Package 2.0 profile (`package-error`), then the project's own properties from
 * src/lib/schemas/dataset.ts (`metadata-error`), and that `name` is the folder's name.
 */
export function checkDescriptor(bytes: Uint8Array, file: string, folderName: string): CheckedDescriptor {
  if (bytes.length > MAX_DESCRIPTOR_BYTES) {
    const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;
    return {
      descriptor: null,
      meta: null,
      problems: [problem({ file, type: 'descriptor-error', message: `描述文件有 ${size}，超过上限 1 MB，不读取`, hint: '数据放在 CSV 资源里，描述文件只写元数据和表结构' })],
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  const decoded = decodeBytes(bytes, file, 'char');
  const text = decoded.text;
  const problems: Problem[] = [...decoded.problems];
  const scan = scanJson(text);
  const at = (path: JsonPath) => locate(scan, text, path);
  if (scan.error?.tooDeep) {
    const pos = lineColumn(text, scan.error.offset);
    problems.push(problem({ file, ...pos, type: 'descriptor-error', message: `描述文件${scan.error.message}`, hint: scan.error.hint }));
    return { descriptor: null, meta: null, problems, locate: at };
  }
  if (scan.error) {
    const pos = lineColumn(text, scan.error.offset);
    problems.push(problem({ file, ...pos, type: 'json-error', message: `JSON 语法错误：${scan.error.message}`, hint: scan.error.hint }));
    return { descriptor: null, meta: null, problems, locate: at };
  }
  const descriptor = JSON.parse(text) as unknown;
  const push: Push = (type, path, message, hint = null, severity = 'error') =>
    problems.push(problem({ file, ...at(path), field: dotted(path), type, severity, message: `${dotted(path)}：${message}`, hint }));

  // Values `npm run new:dataset` left to fill in: one error each, in place of their format errors.
  const todos = findTodos(descriptor);
  for (const todo of todos)
    push('todo-value', todo.path, `还没有填写${todo.what ? `（${todo.what}）` : ''}`, '把 TODO 换成真实内容；各属性的含义见 data/README.md');
  const raw = validateAgainstProfile(descriptor);
  const friendly = friendlyAjvErrors(raw, descriptor);
  // Never let a failed profile check pass silently, even if no friendly message was made for it.
  if (raw.length > 0 && friendly.length === 0) friendly.push({ path: [], message: '不符合 Data Package 2.0 规范' });
  for (const e of friendly) {
    if (isBadLink(descriptor, e.path) || isTodo(todos, e.path)) continue;
    const hint = PROFILE_HINTS[String(e.path.at(-1))] ?? 'Data Package 2.0 规范：https://datapackage.org/standard/data-package/';
    push('package-error', e.path, e.message, hint);
  }
  const parsed = DatasetMetaSchema.safeParse(descriptor, { reportInput: true });
  for (const issue of parsed.success ? [] : friendlyZodIssues(parsed.error.issues)) {
    if (isTodo(todos, issue.path)) continue;
    const hint = issue.message.startsWith(LINK_RULE) ? LINK_HINT : (EXAMPLES[String(issue.path[0])] ?? null);
    push('metadata-error', issue.path, issue.message, hint);
  }
  const meta = parsed.success ? parsed.data : null;
  if (meta && meta.name !== folderName) {
    push('metadata-error', ['name'], `应与文件夹同名 ${JSON.stringify(folderName)}，实际为 ${JSON.stringify(meta.name)}`, '改名字或改文件夹名，使二者一致');
  }
  checkResources(descriptor, push);
  for (const bad of findBadLinks(descriptor))
    if (!isTodo(todos, bad.path)) push('metadata-error', bad.path, bad.message, LINK_HINT);
  return { descriptor, meta, problems, locate: at };
}

/** Field types Table Schema 2.0 defines (https://datapackage.org/standard/table-schema/#field-types). */
const PROFILE_TYPES = ['string', 'number', 'integer', 'date', 'time', 'datetime', 'year', 'yearmonth', 'boolean', 'object', 'geopoint', 'geojson', 'array', 'list', 'duration', 'any'];

type Push = (type: ProblemType, path: JsonPath, message: string, hint?: string | null, severity?: Severity) => void;

/** What this reader needs of each resource beyond the profile: one local CSV file with an inline schema. */
function checkResources(descriptor: unknown, push: Push): void {
  const resources = (descriptor as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) return;
  resources.forEach((r: unknown, i) => {
    if (typeof r !== 'object' || r === null) return;
    const res = r as Record<string, unknown>;
    if (Array.isArray(res.path)) push('resource-error', ['resources', i, 'path'], '不支持由多个文件组成的资源', '每个资源写一个 CSV 文件');
    else if (typeof res.path === 'string' && /^(https?|ftp):/.test(res.path))
      push('resource-error', ['resources', i, 'path'], '资源必须是包内的本地文件，不能是网址', null);
    if (res.data !== undefined && res.path === undefined)
      push('resource-error', ['resources', i, 'data'], '不支持内嵌数据（data），请改为 CSV 文件', null);
    if (typeof res.schema === 'string')
      push('resource-error', ['resources', i, 'schema'], 'Table Schema 须直接写在描述文件里，不能是文件路径', null);
    else if (res.schema === undefined && res.path !== undefined)
      push('resource-error', ['resources', i], '缺少 schema（Table Schema）', '为每个 CSV 资源写出 schema.fields');
    if (typeof res.encoding === 'string' && !/^utf-?8$/i.test(res.encoding))
      push('resource-error', ['resources', i, 'encoding'], `只接受 UTF-8，实际声明为 ${JSON.stringify(res.encoding)}`, '把 CSV 另存为 UTF-8，并把 encoding 改为 "utf-8"');
    const schema = res.schema as { fields?: unknown; primaryKey?: unknown } | undefined;
    if (typeof schema !== 'object' || schema === null || !Array.isArray(schema.fields)) return;
    const names = schema.fields.map((f: unknown) => (f as { name?: unknown })?.name);
    schema.fields.forEach((f: unknown, k) => {
      const type = (f as { type?: unknown })?.type;
      // Types the profile rejects are already package-errors; warn only about valid ones this site does not read.
      if (typeof type === 'string' && PROFILE_TYPES.includes(type) && !SUPPORTED_TYPES.includes(type))
        push('schema-error', ['resources', i, 'schema', 'fields', k, 'type'], `本站不支持类型 ${JSON.stringify(type)}，该列按文本读取`, `可用类型：${SUPPORTED_TYPES.join('、')}`, 'warning');
    });
    const pk = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : Array.isArray(schema.primaryKey) ? schema.primaryKey : [];
    for (const key of pk)
      if (!names.includes(key))
        push('schema-error', ['resources', i, 'schema', 'primaryKey'], `主键字段 ${JSON.stringify(key)} 不在 fields 中`, null);
  });
}
