import type { ErrorObject } from 'ajv';
import type { JsonPath } from './json-locate.ts';

/**
 * Turns ajv's raw errors into one friendly line per real problem: "path: expected X, found Y".
 * The profile describes fields and resources with `oneOf`, so one typo yields a dozen raw errors
 * (one per branch). For each failed oneOf/anyOf, branches rejected by a discriminator (`type`
 * enum/const) are dropped when another branch came closer; if every branch was rejected that way,
 * the discriminator errors are merged into one "should be one of …".
 */
export interface FriendlyError {
  path: JsonPath;
  message: string;
}

const KIND: Record<string, string> = { string: '字符串', number: '数字', integer: '整数', boolean: '布尔值', object: '对象', array: '数组', null: 'null' };

export function friendlyAjvErrors(errors: readonly ErrorObject[], data: unknown): FriendlyError[] {
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  let leaves = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  // Innermost first, so nested combinators are resolved before the ones around them.
  for (const c of [...combinators].sort((a, b) => b.schemaPath.length - a.schemaPath.length)) {
    const prefix = `${c.schemaPath}/`;
    const mine = leaves.filter((e) => e.schemaPath.startsWith(prefix));
    if (mine.length === 0) {
      // No branch failed: a oneOf matched more than one branch (e.g. both `path` and `data`).
      leaves.push(c);
      continue;
    }
    const branchOf = (e: ErrorObject) => e.schemaPath.slice(prefix.length).split('/')[0]!;
    const rejected = (e: ErrorObject) => (e.keyword === 'enum' || e.keyword === 'const') && /\/type$/.test(e.instancePath);
    const branches = new Map<string, ErrorObject[]>();
    for (const e of mine) branches.set(branchOf(e), [...(branches.get(branchOf(e)) ?? []), e]);
    let close = [...branches.values()].filter((b) => !b.some(rejected));
    // A branch that failed only on the JSON type was not the one meant when another got further.
    const typeOnly = (b: ErrorObject[]) => b.every((e) => e.keyword === 'type');
    if (close.some((b) => !typeOnly(b))) close = close.filter((b) => !typeOnly(b));
    let keep: ErrorObject[];
    if (close.length === 0) keep = mine.filter(rejected);
    else if (close.length === 1) keep = close[0]!;
    else {
      // Several branches fit equally well: report the combinator itself, with each branch's first complaint.
      keep = [{ ...c, params: { alternatives: close.map((b) => b[0]!) } }];
    }
    leaves = [...leaves.filter((e) => !mine.includes(e)), ...keep];
  }
  // Same place, same complaint: one message (enum branches merge their allowed values).
  const groups = new Map<string, ErrorObject[]>();
  for (const e of leaves) {
    const key = `${e.instancePath}|${e.keyword}|${e.keyword === 'required' ? String(e.params.missingProperty) : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((group) => {
    const e = group[0]!;
    const merged =
      e.keyword === 'enum'
        ? { ...e, params: { allowedValues: group.flatMap((g) => (g.params.allowedValues as unknown[]) ?? []) } }
        : e;
    return { path: toPath(e), message: describe(merged, data) };
  });
}

function toPath(e: ErrorObject): JsonPath {
  const parts = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let v: unknown = data;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

const show = (v: unknown): string => (v === undefined ? '（无）' : JSON.stringify(v));

/** Dotted path for people: `resources[0].schema.fields[2].type`. */
export function dotted(path: JsonPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '（根）';
}

function describe(e: ErrorObject, data: unknown): string {
  const path = toPath(e);
  const found = show(valueAt(data, path));
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `缺少必填属性 ${String(p.missingProperty)}`;
    case 'type':
      return `应为${String(p.type).split(',').map((t) => KIND[t] ?? t).join('或')}，实际为 ${found}`;
    case 'enum': {
      const list = [...new Set(((p.allowedValues as unknown[]) ?? []).map((v) => JSON.stringify(v)))].join('、');
      return `应为 ${list} 之一，实际为 ${found}`;
    }
    case 'const':
      return `应为 ${JSON.stringify(p.allowedValue)}，实际为 ${found}`;
    case 'pattern':
      // The profile's path pattern is unreadable; say what it means (Data Package 2.0, "Path").
      if (path.at(-1) === 'path') return `应为包内的相对路径或网址（不能以 /、./、../ 或 ~ 开头），实际为 ${found}`;
      return `应符合格式 ${String(p.pattern)}，实际为 ${found}`;
    case 'format':
      return `应为 ${String(p.format)} 格式，实际为 ${found}`;
    case 'minItems':
      return `至少应有 ${String(p.limit)} 项，实际为 ${found}`;
    case 'minLength':
      return `至少应有 ${String(p.limit)} 个字符，实际为 ${found}`;
    case 'uniqueItems':
      return `各项不能重复（第 ${String(p.j)} 项与第 ${String(p.i)} 项相同）`;
    case 'additionalProperties':
      return `不允许的属性 ${String(p.additionalProperty)}`;
    case 'oneOf':
    case 'anyOf': {
      if (p.alternatives === undefined) return `只能符合一种写法，却同时符合了多种（例如同时写了 path 和 data），实际为 ${found}`;
      const alts = ((p.alternatives as ErrorObject[]) ?? []).map((a) => `${dotted(toPath(a)) || '此处'} ${describe(a, data)}`);
      return `不符合任何一种允许的写法：${alts.join('；或 ')}`;
    }
    default:
      return `${e.message ?? '不符合规范'}（${e.keyword}），实际为 ${found}`;
  }
}
