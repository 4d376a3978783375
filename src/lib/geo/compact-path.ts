/**
 * Shorter SVG path data for the same shape. d3's `geoPath().digits(1)` writes every point as an
 * absolute `L195.9,220.1`; boundaries move a few tenths of a unit from one point to the next, so
 * relative moves (`l-3.4-.9`, the letter once per run: SVG 2 §9.3.9 lets a repeated command
 * drop its letter) take about half the bytes. The sums are made in whole tenths, so no rounding
 * error adds up along a ring. Pure.
 *
 * Rounding to tenths also leaves points that draw nothing: a point equal to the one before it
 * (where two arcs of the topology meet), points in the middle of a straight run, and spikes that
 * go out and come straight back (`0-.1,0,.1`). Each is a point on the line through its
 * neighbours, so leaving it out removes a triangle of zero area: a ring then covers exactly the
 * same pixels as before, and two neighbours that shared an edge still share it (no gap can
 * open, whatever either side drops). See `dropFlatPoints`.
 *
 * Accepts what `geoPath` writes for polygons and lines: `M`, `L` and `Z` with absolute
 * coordinates of at most one decimal. Anything else is returned unchanged.
 *
 * With `{ unit: 'tenth' }` the numbers are the whole tenths themselves (`l-34-9`, not
 * `l-3.4-.9`): no decimal point, a shorter file, for a drawing that puts the path inside a
 * `scale(.1)` group (the standalone map SVG, src/lib/share/map-svg.ts).
 */
import { dropFlatPoints, type Point, type Subpath } from './flat-points.ts';

const COMMAND = /([MLZ])([^MLZ]*)/g;
const SUPPORTED = /^(?:[MLZ][-\d.,\s]*)*$/;

export interface CompactPathOptions {
  /** `unit` (the default): numbers in the path's own units; `tenth`: in whole tenths of them. */
  unit?: 'unit' | 'tenth';
}

const caches = { unit: new Map<string, string>(), tenth: new Map<string, string>() };

/** Tenths of a unit as the shortest decimal: 12 → "1.2", -9 → "-.9", 30 → "3". */
function decimal(tenths: number): string {
  if (tenths % 10 === 0) return String(tenths / 10);
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  return `${sign}${whole === 0 ? '' : whole}.${abs % 10}`;
}

/** Numbers one after another, separated only where the next one does not start with a sign. */
function join(numbers: string[]): string {
  return numbers.reduce((out, n, i) => (i === 0 || n.startsWith('-') ? out + n : `${out},${n}`), '');
}

export function compactPath(d: string, options: CompactPathOptions = {}): string {
  const unit = options.unit ?? 'unit';
  const cache = caches[unit];
  const known = cache.get(d);
  if (known !== undefined) return known;
  const result = SUPPORTED.test(d) ? write(read(d).map(dropFlatPoints), unit === 'tenth' ? String : decimal) : d;
  cache.set(d, result);
  return result;
}

/** The subpaths of absolute `M`/`L`/`Z` path data, each point in whole tenths. */
function read(d: string): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | null = null;
  for (const [, command, args] of d.matchAll(COMMAND)) {
    if (command === 'Z') {
      if (current) current.closed = true;
      current = null;
      continue;
    }
    const values = (args ?? '')
      .split(/[\s,]+/)
      .filter((v) => v !== '')
      .map((v) => Math.round(Number(v) * 10));
    for (let i = 0; i + 1 < values.length; i += 2) {
      const point: Point = [values[i]!, values[i + 1]!];
      if ((command === 'M' && i === 0) || !current) {
        current = { points: [point], closed: false };
        subpaths.push(current);
      } else current.points.push(point);
    }
  }
  return subpaths;
}

/** Relative path data: each ring starts relative to where the last one ended when that is shorter. */
function write(subpaths: readonly Subpath[], format: (tenths: number) => string): string {
  let out = '';
  let [x, y] = [0, 0];
  for (const { points, closed } of subpaths) {
    if (points.length === 0) continue;
    const [startX, startY] = points[0]!;
    const absolute = `M${join([format(startX), format(startY)])}`;
    const relative = `m${join([format(startX - x), format(startY - y)])}`;
    out += out !== '' && relative.length < absolute.length ? relative : absolute;
    [x, y] = [startX, startY];
    const run: string[] = [];
    for (const [nx, ny] of points.slice(1)) {
      run.push(format(nx - x), format(ny - y));
      [x, y] = [nx, ny];
    }
    if (run.length > 0) out += `l${join(run)}`;
    if (closed) {
      out += 'z';
      [x, y] = [startX, startY];
    }
  }
  return out;
}
