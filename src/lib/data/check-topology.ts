import { readFileSync } from 'node:fs';
import { keepTopology, parsedTopology, type ShandongTopology } from '../geo/load-topology.ts';
import { codeAndName as label, countiesInForce, divisionByCode, prefecturesInForce, type Division } from '../divisions/index.ts';
import { checkDivision } from './check-domain.ts';
import { lineColumn, locate, scanJson, type JsonPath, type JsonScan } from './json-locate.ts';
import { problem, quote, type Problem, type ProblemType } from './problem.ts';

const REGENERATE = '边界文件是生成的：运行 npm run build:topology 重新生成（见 data/geo/README.md），不要手工修改';

/** The two collections every boundary file has, with the registry level each holds. */
const COLLECTIONS = [
  { name: 'counties', what: '县级区划', inForce: countiesInForce },
  { name: 'prefectures', what: '地级市', inForce: prefecturesInForce },
] as const;

/**
 * One boundary file of `year` (data/geo/README.md): valid JSON, a TopoJSON Topology whose
 * `counties` and `prefectures` are GeometryCollections, and whose geometry ids are exactly the
 * registry's counties and prefectures in force at the end of the year, each once — the same
 * rule npm run build:topology applies before writing. Without a registry (its own problems are
 * reported) only the form is checked.
 *
 * A file is parsed once per process, shared with the maps (loadTopology's cache): a build
 * validates in the process that draws them. The slower position scan, and reading the text of a
 * file the maps parsed first, happen only when there is a problem to place.
 */
export function checkTopology(file: string, year: number, divisions: readonly Division[] | null): Problem[] {
  const kept = parsedTopology(file);
  let text: string | null = null;
  const readText = (): string => (text ??= readFileSync(file, 'utf8'));
  let scan: JsonScan | null = null;
  const at = (path: JsonPath) => locate((scan ??= scanJson(readText())), readText(), path);
  let value: unknown = kept;
  if (!kept) {
    try {
      readText();
    } catch (e) {
      return [problem({ file, type: 'source-error', message: `无法读取边界文件：${String(e)}`, hint: null })];
    }
    const parsed = parse(file, readText());
    if ('problem' in parsed) return [parsed.problem];
    value = parsed.value;
  }
  const shape = shapeProblem(value);
  if (shape) return [problem({ file, ...at(shape.path), type: 'geo-not-topology', message: shape.message, hint: REGENERATE })];
  if (!kept) keepTopology(file, value as ShandongTopology);
  return divisions ? checkIds(file, year, divisions, value as ShandongTopology, at) : [];
}

/** The parsed value, or the json-error with the position of the first syntax error. */
function parse(file: string, text: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const error = scanJson(text).error;
    return {
      problem: problem({
        file,
        ...(error ? lineColumn(text, error.offset) : {}),
        type: 'json-error',
        message: `边界文件不是有效的 JSON：${error?.message ?? String(e)}`,
        hint: error?.hint ?? REGENERATE,
      }),
    };
  }
}

/** Each collection's ids against the registry's divisions of its level in force at the end of `year`. */
function checkIds(
  file: string,
  year: number,
  divisions: readonly Division[],
  topology: ShandongTopology,
  at: (path: JsonPath) => { line: number; column: number },
): Problem[] {
  const problems: Problem[] = [];
  const add = (type: ProblemType, path: JsonPath, message: string, hint: string | null) =>
    problems.push(problem({ file, ...at(path), type, message, hint }));
  type Geometry = { id?: unknown; properties?: { parent?: unknown } | null } | null;
  const objects = topology.objects as unknown as Record<string, { geometries: Geometry[] }>;
  const yearEnd = `${year}-12-31`;
  for (const { name, what, inForce } of COLLECTIONS) {
    const expected = new Map(inForce(divisions, year).map((d) => [d.code, d]));
    const seen = new Set<string>();
    objects[name]!.geometries.forEach((geometry, i) => {
      const path = ['objects', name, 'geometries', i, 'id'];
      const id = geometry?.id;
      if (typeof id !== 'string') {
        add('geo-unknown-division', path, `${name} 的第 ${i + 1} 个几何对象没有字符串形式的区划代码 id`, REGENERATE);
      } else if (seen.has(id)) {
        add('geo-duplicate-division', path, `${name} 中区划代码 ${quote(id)} 出现了不止一次`, `每个${what}只能有一个几何对象；${REGENERATE}`);
      } else if (!expected.has(id)) {
        // The registry's own words for why, as a table row would get them: unknown, or not in force that year.
        const [why] = checkDivision(divisions, id, yearEnd, { file, line: 1, column: 1, field: '' });
        add(
          'geo-unknown-division',
          path,
          `${name} 中的 ${quote(id)} 不是 ${year} 年底有效的${what}` + (why ? `：${why.message}` : '（登记表中它不是这一级）'),
          why?.hint ? `${why.hint}；${REGENERATE}` : REGENERATE,
        );
      } else if (name === 'counties') {
        // The maps group and link each county by this code: it must be the registry's parent that year.
        const parent = geometry?.properties?.parent;
        const d = expected.get(id)!;
        if (parent !== d.parent)
          add(
            'geo-wrong-parent',
            ['objects', name, 'geometries', i, 'properties', 'parent'],
            `${label(d)} 的 properties.parent 为 ${typeof parent === 'string' ? quote(parent) : '空'}，但登记表中它 ${year} 年底属于 ${parentName(divisions, d.parent)}`,
            REGENERATE,
          );
      }
      if (typeof id === 'string') seen.add(id);
    });
    for (const [code, d] of expected) {
      if (!seen.has(code))
        add('geo-missing-division', ['objects', name, 'geometries'], `${label(d)} 在 ${year} 年底有效，但 ${name} 中没有它的边界`, REGENERATE);
    }
  }
  return problems;
}

/** Why `value` is not a Topology with the two GeometryCollections, and where; null when it is. */
function shapeProblem(value: unknown): { path: JsonPath; message: string } | null {
  const record = (v: unknown): Record<string, unknown> | null =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const root = record(value);
  if (root?.type !== 'Topology')
    return { path: ['type'], message: `应为 TopoJSON Topology（"type": "Topology"），实际为 ${root ? quote(String(root.type)) : '不是对象'}` };
  const objects = record(root.objects);
  if (!objects) return { path: ['objects'], message: 'Topology 缺少 objects 对象' };
  if (!Array.isArray(root.arcs)) return { path: ['arcs'], message: 'Topology 缺少 arcs 数组' };
  for (const { name } of COLLECTIONS) {
    const collection = record(objects[name]);
    if (collection?.type !== 'GeometryCollection' || !Array.isArray(collection.geometries))
      return { path: ['objects', name], message: `objects.${name} 应为带 geometries 数组的 GeometryCollection` };
  }
  return null;
}

/** `371700 菏泽市`, or the bare code when the registry lacks it. */
function parentName(divisions: readonly Division[], code: string | null): string {
  const d = code === null ? undefined : divisionByCode(divisions, code);
  return d ? label(d) : (code ?? '（无）');
}
