import type { GeometryObject } from 'topojson-specification';
import type { YearTopology } from './derive-topology.ts';

/** `type`, `id`, `properties`, `arcs` in that order, whatever order the object was built in. */
function geometryJson(g: GeometryObject<object>): string {
  const { type, id, properties } = g;
  const arcs = 'arcs' in g ? g.arcs : undefined;
  return JSON.stringify({ type, id, ...(properties === undefined ? {} : { properties }), arcs });
}

/**
 * Stable, diff-friendly TopoJSON text: fixed key order, one geometry and one arc per line, a final
 * newline. The same topology always gives the same bytes, so regenerating is a no-op in git and
 * `--check` can compare files byte for byte.
 */
export function topologyJson(t: YearTopology): string {
  const lines = (items: readonly string[]): string => items.join(',\n');
  const collection = (name: string, gc: { geometries: readonly GeometryObject<object>[] }): string =>
    `"${name}":{"type":"GeometryCollection","geometries":[\n${lines(gc.geometries.map(geometryJson))}\n]}`;
  const transform = t.transform
    ? `"transform":${JSON.stringify({ scale: t.transform.scale, translate: t.transform.translate })},`
    : '';
  return (
    `{"type":"Topology","bbox":${JSON.stringify(t.bbox)},${transform}"objects":{\n` +
    `${collection('counties', t.objects.counties)},\n${collection('prefectures', t.objects.prefectures)}\n},` +
    `"arcs":[\n${lines(t.arcs.map((a) => JSON.stringify(a)))}\n]}\n`
  );
}
