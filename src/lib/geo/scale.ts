import { bisectLeft, quantileSorted, schemeYlGnBu } from 'd3';

/** Which direction is better for citizens (the indicator catalogue's `better`). */
export type Better = 'higher' | 'lower' | 'neutral';

/** Classes a choropleth aims for: five is the usual ceiling for telling shades apart on a map. */
export const DEFAULT_CLASSES = 5;

/**
 * ColorBrewer YlGnBu, 3–7 classes (Brewer & Harrower, colorbrewer2.org; Apache-2.0; as shipped
 * by d3-scale-chromatic). Sequential light → dark, marked colour-blind safe for every class count,
 * and its lightness rises strictly class by class, so the order also survives greyscale printing.
 * Each class count has its own hand-tuned ramp: never slice a longer one.
 */
export const RAMPS: Readonly<Record<number, readonly string[]>> = Object.freeze(
  Object.fromEntries([3, 4, 5, 6, 7].map((k) => [k, Object.freeze([...(schemeYlGnBu[k] ?? [])])])),
);

/**
 * Class breaks by quantiles: each class holds about the same number of counties, which keeps
 * every shade in use on skewed county figures (equal intervals would put most of them in one
 * class). Returns the inner thresholds, strictly increasing: value v is in class i when
 * breaks[i-1] ≤ v < breaks[i]. Each break is moved up to the nearest actual value, so every class
 * holds at least one value; ties and short lists give fewer than k − 1 breaks (fewer classes).
 * Non-finite values (missing data) are ignored.
 */
export function classBreaks(values: readonly (number | null | undefined)[], k = DEFAULT_CLASSES): number[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`classBreaks: k must be a positive integer, received ${k}`);
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let i = 1; i < k && sorted.length > 0; i++) {
    const q = quantileSorted(sorted, i / k) as number;
    const value = sorted[bisectLeft(sorted, q)] as number; // q ≤ max, so always found
    // A break at the minimum would leave the first class empty; a repeated one, a middle class.
    if (value > (sorted[0] as number) && value > (breaks.at(-1) ?? -Infinity)) breaks.push(value);
  }
  return breaks;
}

/** The class (0 = lowest values) of `value`, or null when it is missing: the map shows no-data. */
export function classOf(value: number | null | undefined, breaks: readonly number[]): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  let i = 0;
  while (i < breaks.length && value >= (breaks[i] as number)) i++;
  return i;
}

/**
 * The fill of class `index` of `count`: darker always means more, on every map, whichever
 * direction is better for the indicator. Flipping the ramp for "lower is better" made a dark
 * county mean "few poor people" on one map and "many villages" on the next; the key says in
 * words which direction is better instead (Legend.astro, `map.legend.lower`).
 */
export function classColour(index: number, count: number): string {
  const colour = rampFor(count)[index];
  if (colour === undefined) throw new RangeError(`classColour: class ${index} is outside 0–${count - 1}`);
  return colour;
}

/** The ramp to use for `count` classes: one or two classes take the ends of the 3-class ramp. */
export function rampFor(count: number): readonly string[] {
  const ramp = RAMPS[Math.max(3, count)];
  if (!ramp) throw new RangeError(`rampFor: ${count} classes; ramps exist for 1–7`);
  if (count === 1) return [ramp[2] as string];
  if (count === 2) return [ramp[0] as string, ramp[2] as string];
  return ramp;
}

/**
 * The CSS class naming the ramp step of class `index` of `count` (`ramp5-2`): the same step as
 * rampFor picks, so one and two classes name steps of the 3-class ramp. The fill attribute keeps
 * the light colour; the dark theme recolours by this class (src/styles/theme.css).
 */
export function rampClass(index: number, count: number): string {
  classColour(index, count); // the same range check
  const ramp = Math.max(3, count);
  const step = count === 1 ? 2 : count === 2 ? index * 2 : index;
  return `ramp${ramp}-${step}`;
}

/** The ramp class for a value, or undefined when it is missing (the hatch needs none). */
export function rampClassFor(value: number | null | undefined, breaks: readonly number[]): string | undefined {
  const index = classOf(value, breaks);
  return index === null ? undefined : rampClass(index, breaks.length + 1);
}

/**
 * Missing values get a hatch, not a colour, so "no data" can never be read as a low or high
 * value, including in greyscale and by colour-blind readers. The grey #767676 has 4.5:1 against
 * white (WCAG 2.2 1.4.11 asks 3:1 for graphics). The component renders it inside `<defs>`:
 * `<pattern id patternUnits="userSpaceOnUse" width height patternTransform><rect fill=background/>
 * <line x1=0 y1=0 x2=0 y2=height stroke stroke-width/></pattern>` and fills with `NO_DATA_FILL`.
 */
export const NO_DATA_PATTERN = Object.freeze({
  id: 'map-no-data',
  width: 6,
  height: 6,
  patternTransform: 'rotate(45)',
  background: '#ffffff',
  stroke: '#767676',
  strokeWidth: 1.5,
});

export const NO_DATA_FILL = `url(#${NO_DATA_PATTERN.id})`;

/** Fill for a value: its class colour, or the no-data hatch when it is missing. */
export function fillFor(value: number | null | undefined, breaks: readonly number[]): string {
  const index = classOf(value, breaks);
  return index === null ? NO_DATA_FILL : classColour(index, breaks.length + 1);
}
