import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseTopology } from '../../../src/lib/geo/build/base-topology.ts';
import { deriveYear } from '../../../src/lib/geo/build/derive-topology.ts';
import { codeAt } from '../../../src/lib/geo/build/recodes.ts';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/build-topology.ts', ...args], { encoding: 'utf8' });

describe('recodes of the 2017 source codes (year-end convention)', () => {
  it.each([
    ['371523', 2018, '371523'], // 茌平县 until 2019-06-27
    ['371523', 2019, '371503'],
    ['371202', 2018, '370116'], // 莱芜 under 济南 from 2018-12-26
    ['370634', 2019, '370634'],
    ['370634', 2020, '370614'], // 长岛县 merged into 蓬莱区
    ['370684', 2020, '370614'],
    ['370181', 2018, '370114'], // stale 章丘 code
    ['370102', 2020, '370102'],
  ])('%s at end-%i is %s', (from, year, to) => expect(codeAt(from, year)).toBe(to));
});

describe('deriveYear', () => {
  // Two unit squares sharing an edge (with a spike and a repeated vertex, as the source has).
  const square = (x: number): number[][][] => [
    [
      [x, 37],
      [x, 37.01],
      [x, 37.01],
      [x + 0.01, 37.01],
      [x + 0.01, 37],
      [x + 0.02, 37],
      [x + 0.01, 37],
      [x, 37],
    ],
  ];
  const base = baseTopology([
    { id: '370684', geometry: { type: 'Polygon', coordinates: square(120) } },
    { id: '370634', geometry: { type: 'Polygon', coordinates: square(120.01) } },
  ]);
  const options = { minTriangleKm2: 0, minIslandKm2: 0, quantization: 1e4 };
  it('keeps both counties in 2019 and merges them into 370614 in 2020', () => {
    const ids = (y: number) =>
      deriveYear(base, y, () => '370600', options).objects.counties.geometries.map((g) => g.id);
    expect(ids(2019)).toEqual(['370634', '370684']);
    expect(ids(2020)).toEqual(['370614']);
  });
  it('dissolves the shared edge: the 2020 county and its prefecture are one ring', () => {
    const t = deriveYear(base, 2020, () => '370600', options);
    expect(t.objects.counties.geometries[0]).toMatchObject({ type: 'Polygon', id: '370614' });
    expect(t.objects.prefectures.geometries[0]).toMatchObject({ type: 'Polygon', id: '370600' });
  });
});

describe('scripts/build-topology.ts', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'topology-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reproduces the committed files byte for byte (--check)', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('writes nothing and names the code when the registry disagrees', () => {
    cpSync('data/divisions', join(scratch, 'divisions'), { recursive: true });
    const csv = join(scratch, 'divisions', 'divisions.csv');
    // Pretend 莱芜区 started in 2019: the 2018 map then has a county the registry does not.
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/^(370116,.*?),2018-12-26,/m, '$1,2019-01-01,'));
    const result = run('--data-dir', scratch);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/2018 counties vs registry.*extra 370116/);
    expect(existsSync(join(scratch, 'geo'))).toBe(false);
  });
});
