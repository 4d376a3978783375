import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classBreaks,
  classColour,
  classOf,
  fillFor,
  NO_DATA_FILL,
  NO_DATA_PATTERN,
  rampFor,
} from '../../../src/lib/geo/scale.ts';

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const values = fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null)), {
  maxLength: 200,
});

describe('classBreaks (quantiles)', () => {
  it('splits 137 distinct values into 5 classes of about 27', () => {
    const data = Array.from({ length: 137 }, (_, i) => i * 1.5);
    const breaks = classBreaks(data);
    expect(breaks).toHaveLength(4);
    const sizes = [0, 1, 2, 3, 4].map((k) => data.filter((v) => classOf(v, breaks) === k).length);
    for (const size of sizes) expect(Math.abs(size - 137 / 5)).toBeLessThanOrEqual(1);
  });

  it('gives strictly increasing breaks and puts every value in a class 0..breaks.length', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 7 }), (vs, k) => {
        const breaks = classBreaks(vs, k);
        expect(breaks.length).toBeLessThanOrEqual(k - 1);
        for (let i = 1; i < breaks.length; i++) expect(breaks[i]).toBeGreaterThan(breaks[i - 1] as number);
        for (const v of vs) {
          const c = classOf(v, breaks);
          if (v === null) expect(c).toBeNull();
          else expect(c !== null && c >= 0 && c <= breaks.length).toBe(true);
        }
      }),
    );
  });

  it('never leaves a class empty, whatever the ties or the number of values', () => {
    expect(classBreaks([0, 0, 0, 0, 0, 0, 0, 0, 5, 9])).toEqual([5]); // 8 of 10 tie at 0
    expect(classBreaks([0, 10])).toEqual([10]);
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 7 }), (vs, k) => {
        const breaks = classBreaks(vs, k);
        const used = new Set(vs.filter((v) => v !== null).map((v) => classOf(v, breaks)));
        if (vs.some((v) => v !== null)) expect(used.size).toBe(breaks.length + 1);
      }),
    );
  });
});

describe('colours', () => {
  it('maps missing values (null, NaN, undefined) to the no-data hatch', () => {
    const breaks = [10, 20];
    for (const v of [null, undefined, Number.NaN]) {
      expect(classOf(v, breaks)).toBeNull();
      expect(fillFor(v, breaks)).toBe(NO_DATA_FILL);
    }
    expect(NO_DATA_FILL).toBe(`url(#${NO_DATA_PATTERN.id})`);
    expect(contrast(NO_DATA_PATTERN.stroke, NO_DATA_PATTERN.background)).toBeGreaterThanOrEqual(3);
  });

  it('darkens with the value on every map, whichever direction is better', () => {
    const breaks = [10, 20, 30, 40];
    const fills = [5, 15, 25, 35, 45].map((v) => fillFor(v, breaks));
    for (let i = 1; i < fills.length; i++) expect(luminance(fills[i]!)).toBeLessThan(luminance(fills[i - 1]!));
    expect(() => classColour(5, 5)).toThrow(RangeError);
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('uses %i colours, each clearly darker than the last', (k) => {
    const ramp = rampFor(k);
    expect(new Set(ramp).size).toBe(k);
    // Distinct lightness, not only hue: what colour-blind and greyscale readers rely on.
    for (let i = 1; i < ramp.length; i++) {
      expect(contrast(ramp[i] as string, ramp[i - 1] as string), `${ramp[i - 1]} → ${ramp[i]}`).toBeGreaterThan(1.2);
      expect(luminance(ramp[i] as string)).toBeLessThan(luminance(ramp[i - 1] as string));
    }
  });
});
