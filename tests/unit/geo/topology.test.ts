import { describe, expect, it } from 'vitest';
import { countiesInForce, loadDivisions, prefecturesInForce } from '../../../src/lib/divisions/index.ts';
import { loadTopology, MAP_YEARS } from '../../../src/lib/geo/index.ts';

const diff = (want: string[], got: string[]) =>
  `missing ${want.filter((c) => !got.includes(c)).join(',') || '-'}; extra ${got.filter((c) => !want.includes(c)).join(',') || '-'}`;
const sorted = (codes: Iterable<string | number | undefined>) => [...codes].map(String).sort();

describe.each(MAP_YEARS)('shandong-%i.topo.json', (year) => {
  const topology = loadTopology(year);
  const divisions = loadDivisions();
  it.each([
    ['counties', countiesInForce(divisions, year)],
    ['prefectures', prefecturesInForce(divisions, year)],
  ] as const)('%s ids are exactly the registry codes in force at year-end', (name, inForce) => {
    const want = sorted(inForce.map((d) => d.code));
    const got = sorted(topology.objects[name].geometries.map((g) => g.id));
    expect(got, `${year} ${name}: ${diff(want, got)}`).toEqual(want);
  });
});
