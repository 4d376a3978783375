import { readFileSync } from 'node:fs';
import { lab } from 'd3';
import { describe, expect, it } from 'vitest';
import { classColour, rampClass, rampClassFor, RAMPS } from '../../../src/lib/geo/scale.ts';

/**
 * The map's two ramps: the light one (ColorBrewer YlGnBu, src/lib/geo/scale.ts) and the dark
 * theme's (src/styles/theme.css). Readers tell classes apart by lightness, so each ramp must move
 * one way in lightness, and neighbours must differ clearly: CIE ΔE*ab ≥ 15 (about three times the
 * difference most people notice side by side on a map) and a luminance ratio of at least 1.25.
 */
const MIN_DELTA_E = 15;
const MIN_RATIO = 1.25;
const theme = readFileSync('src/styles/theme.css', 'utf8');

/** The `ramp{k}-{i}` fills of the dark theme, as written in theme.css. */
const darkFills = new Map(
  [...theme.matchAll(/\.(ramp\d-\d)\s*\{\s*fill:\s*(#[0-9a-f]{6});\s*\}/g)].map((m) => [m[1]!, m[2]!]),
);
/** A custom property of the light (`:root`) or dark (`@media … dark`) palette. */
function property(name: string, scheme: 'light' | 'dark'): string {
  const blocks = [...theme.matchAll(/(@media [^{]*\{\s*)?:root\s*\{([^}]*)\}/g)];
  const block = blocks.find((b) => (scheme === 'dark' ? b[1]?.includes('dark') : b[1] === undefined))?.[2] ?? '';
  const value = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1];
  if (!value) throw new Error(`${name} is not a colour of the ${scheme} theme`);
  return value;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const ratio = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const deltaE = (a: string, b: string) => {
  const [x, y] = [lab(a), lab(b)];
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
};

const counts = Object.keys(RAMPS).map(Number);
const lightRamp = (k: number) => Array.from({ length: k }, (_, i) => classColour(i, k));
const darkRamp = (k: number) =>
  Array.from({ length: k }, (_, i) => {
    const fill = darkFills.get(rampClass(i, k));
    if (!fill) throw new Error(`theme.css has no dark fill for ${rampClass(i, k)}`);
    return fill;
  });

describe('the map ramps of both themes', () => {
  it('gives every class the map can draw a dark colour, and nothing more', () => {
    const named = new Set([1, 2, ...counts].flatMap((k) => Array.from({ length: k }, (_, i) => rampClass(i, k))));
    expect(new Set(darkFills.keys())).toEqual(named);
  });

  it.each(counts)('light, %i classes: darker class by class, neighbours clearly apart', (k) => {
    const ramp = lightRamp(k);
    for (let i = 1; i < k; i++) {
      const [low, high] = [ramp[i - 1]!, ramp[i]!];
      expect(lab(high).l, `${low} → ${high}`).toBeLessThan(lab(low).l);
      expect(deltaE(low, high), `${low} → ${high}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      expect(ratio(low, high), `${low} → ${high}`).toBeGreaterThanOrEqual(MIN_RATIO);
    }
  });

  it.each(counts)('dark, %i classes: brighter class by class, neighbours clearly apart', (k) => {
    const ramp = darkRamp(k);
    for (let i = 1; i < k; i++) {
      const [low, high] = [ramp[i - 1]!, ramp[i]!];
      expect(lab(high).l, `${low} → ${high}`).toBeGreaterThan(lab(low).l);
      expect(deltaE(low, high), `${low} → ${high}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      expect(ratio(low, high), `${low} → ${high}`).toBeGreaterThanOrEqual(MIN_RATIO);
    }
  });

  it('keeps the dark lowest class off the dark page, so every county shows', () => {
    const page = property('--bg', 'dark');
    for (const k of counts) expect(ratio(darkRamp(k)[0]!, page)).toBeGreaterThanOrEqual(2);
  });

  it.each(['light', 'dark'] as const)('draws the no-data hatch at ≥ 3:1 on its ground (%s)', (scheme) => {
    expect(ratio(property('--hatch-line', scheme), property('--hatch-ground', scheme))).toBeGreaterThanOrEqual(3);
  });

  it('names the steps rampFor uses: one and two classes take the ends of the 3-class ramp', () => {
    expect(rampClass(0, 1)).toBe('ramp3-2');
    expect([rampClass(0, 2), rampClass(1, 2)]).toEqual(['ramp3-0', 'ramp3-2']);
    expect(rampClass(4, 5)).toBe('ramp5-4');
    expect(() => rampClass(5, 5)).toThrow(RangeError);
    expect(rampClassFor(null, [10, 20])).toBeUndefined();
    expect(rampClassFor(25, [10, 20])).toBe('ramp3-2');
  });
});
