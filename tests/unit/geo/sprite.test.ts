import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { countySymbolId, MAP_YEARS, mapSprite, PREFECTURE_MESH_ID } from '../../../src/lib/geo/index.ts';
import { compactPath } from '../../../src/lib/geo/compact-path.ts';
import { countyMapBase } from '../../../src/lib/site-data/map-base.ts';
import { loadSiteData } from '../../../src/lib/site-data/index.ts';

const ids = (svg: string) => [...svg.matchAll(/<path id="([^"]+)" d="([^"]*)"/g)].map((m) => ({ id: m[1]!, d: m[2]! }));

describe.each(MAP_YEARS)('map sprite %i', (year) => {
  const sprite = mapSprite(year);

  it('is the same bytes, under the same name, when built again from scratch', async () => {
    vi.resetModules(); // fresh module caches: nothing carried over from the first build
    const fresh = await import('../../../src/lib/geo/sprite.ts');
    const again = fresh.mapSprite(year);
    expect(again).not.toBe(sprite);
    expect(again.svg).toBe(sprite.svg);
    expect(again.fileName).toBe(sprite.fileName);
  });

  it('is named after its own content, so a changed shape gets a new address', () => {
    const hash = createHash('sha256').update(sprite.svg).digest('hex').slice(0, 10);
    expect(sprite.fileName).toBe(`map-${year}.${hash}.svg`);
    expect(sprite.href).toBe(`/_astro/${sprite.fileName}`);
  });

  it('holds a shape for every county a page of that year draws, and the prefecture mesh', () => {
    const base = countyMapBase(loadSiteData(), year);
    expect(base.sprite).toBe(sprite.href);
    const shapes = new Map(ids(sprite.svg).map((s) => [s.id, s.d]));
    for (const c of base.counties) expect(shapes.get(countySymbolId(c.code)), c.code).toBe(compactPath(c.d));
    expect(shapes.get(PREFECTURE_MESH_ID)?.length).toBeGreaterThan(1000);
    expect(shapes.size).toBe(base.counties.length + 1);
  });

  it('keeps borders hairlines when zoomed, without relying on the page’s styles', () => {
    for (const line of sprite.svg.split('\n').filter((l) => l.startsWith('<path')))
      expect(line).toContain('vector-effect="non-scaling-stroke"');
    expect(sprite.svg).not.toMatch(/<style|style=/);
  });
});
