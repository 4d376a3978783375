import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeStressData, STRESS_YEARS } from '../../../scripts/bench/stress.ts';
import { stressFiles } from '../../../src/lib/bench/stress-data.ts';
import { stressRegistry, type StressSize } from '../../../src/lib/bench/stress-registry.ts';
import { validateDataDir } from '../../../src/lib/data/index.ts';

// 2 provinces × 3 prefectures × 4 counties: small enough to validate and load in a test.
const SMALL: StressSize = { seed: 7, provinces: 2, prefectures: 6, counties: 24 };
const TEMPLATE = JSON.stringify({
  resources: [{ schema: { fields: [{ name: 'code', constraints: { pattern: '^37\\d{4}$' } }] } }],
});

describe('stress registry', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const a = stressFiles(SMALL, STRESS_YEARS, TEMPLATE, new Map());
    const b = stressFiles(SMALL, STRESS_YEARS, TEMPLATE, new Map());
    expect([...a.files]).toEqual([...b.files]);
    const other = stressFiles({ ...SMALL, seed: 8 }, STRESS_YEARS, TEMPLATE, new Map());
    expect(other.files.get('divisions/divisions.csv')).not.toBe(a.files.get('divisions/divisions.csv'));
  });

  it('has the asked numbers of provinces, prefectures and counties, each under a parent of the level above', () => {
    const registry = stressRegistry(SMALL);
    const count = (level: string) => registry.filter((d) => d.level === level).length;
    expect([count('province'), count('prefecture'), count('county')]).toEqual([2, 6, 24]);
    const byCode = new Map(registry.map((d) => [d.code, d]));
    for (const d of registry.filter((x) => x.level !== 'province')) {
      const parent = byCode.get(d.parent ?? '');
      expect(parent?.level, d.code).toBe(d.level === 'county' ? 'prefecture' : 'province');
      expect(d.code.slice(0, 2), d.code).toBe(parent?.code.slice(0, 2));
    }
  });

  it('reaches China’s size: 31 provinces, ~340 prefectures, 2,850 counties, distinct codes', () => {
    const registry = stressRegistry({ seed: 1, provinces: 31, prefectures: 340, counties: 2850 });
    expect(registry.filter((d) => d.level === 'county')).toHaveLength(2850);
    expect(new Set(registry.map((d) => d.code)).size).toBe(registry.length);
  });
});

describe('a stress data folder', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'stress-test-'));
    writeStressData(root, SMALL);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    rmSync(root, { recursive: true, force: true });
  });

  it('passes the validator without an error', () => {
    const report = validateDataDir(join(root, 'data'));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('is what every loader reads when DATA_DIR names it', async () => {
    vi.stubEnv('DATA_DIR', join(root, 'data'));
    vi.resetModules();
    const { loadSiteData } = await import('../../../src/lib/site-data/index.ts');
    const { dataCatalogue } = await import('../../../src/lib/site-data/catalogue.ts');
    const { validatorWarnings } = await import('../../../src/lib/site-data/validator-warnings.ts');
    const { loadDivisions } = await import('../../../src/lib/divisions/index.ts');
    const { PLAN_YEARS } = await import('../../../src/lib/plan.ts');
    const { countyPaths, loadTopology, mapSprite } = await import('../../../src/lib/geo/index.ts');
    const { countyMapBase } = await import('../../../src/lib/site-data/map-base.ts');

    const data = loadSiteData();
    const counties = data.divisions.filter((d) => d.level === 'county').map((d) => d.code);
    expect(counties).toHaveLength(24);
    expect(loadDivisions()).toBe(data.divisions);
    expect(dataCatalogue().map((e) => e.name)).toContain('county-example');
    expect(validatorWarnings().filter((w) => w.problem.severity === 'error')).toEqual([]);
    // Years come from the boundary files, the map from the generated geometry.
    expect(PLAN_YEARS).toEqual([...STRESS_YEARS]);
    expect(loadTopology(2016).objects.counties.geometries).toHaveLength(24);
    expect(countyPaths(2020).map((c) => c.code)).toEqual([...counties].sort());
    expect(mapSprite(2017).svg).toContain(`id="c${counties[0]}"`);
    // With several provinces, a county's map is its own province, framed around it.
    const whole = countyMapBase(data, 2019);
    const own = countyMapBase(data, 2019, counties[0]!);
    expect(whole.counties).toHaveLength(24);
    expect(own.counties.map((c) => c.code.slice(0, 2))).toEqual(own.counties.map(() => counties[0]!.slice(0, 2)));
    expect(own.counties.length).toBeLessThan(24);
    expect(own.viewBox).not.toBe(whole.viewBox);
  });
});
