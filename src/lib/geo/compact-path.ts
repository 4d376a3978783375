/**
 * Shorter SVG path data for the same shape. d3's `geoPath().digits(1)` writes every point as an
 * absolute `L195.9,220.1`; boundaries move a few tenths of a unit from one point to the next, so
 * relative moves (`l-3.4-.9`, the letter once per run: SVG 2 §9.3.9 lets a repeated command
 * drop its letter) take about half the bytes, and a point equal to the one before it (where two
 * arcs of the topology meet) draws nothing and is left out. Every point lands where it did:
 * the sums are made in whole tenths, so no rounding error adds up along a ring. Pure.
 *
 * Accepts what `geoPath` writes for polygons and lines: `M`, `L` and `Z` with absolute
 * coordinates of at most one decimal. Anything else is returned unchanged.
 */
const COMMAND = /([MLZ])([^MLZ]*)/g;
const SUPPORTED = /^(?:[MLZ][-\d.,\s]*)*$/;

const cache = new Map<string, string>();

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

export function compactPath(d: string): string {
  const known = cache.get(d);
  if (known !== undefined) return known;
  const result = SUPPORTED.test(d) ? compact(d) : d;
  cache.set(d, result);
  return result;
}

function compact(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let run: string[] | null = null; // the pending `l` numbers
  const flush = () => {
    if (run && run.length > 0) out += `l${join(run)}`;
    run = null;
  };
  for (const [, command, args] of d.matchAll(COMMAND)) {
    const values = (args ?? '')
      .split(/[\s,]+/)
      .filter((v) => v !== '')
      .map((v) => Math.round(Number(v) * 10));
    if (command === 'Z') {
      flush();
      out += 'z';
      x = startX;
      y = startY;
      continue;
    }
    for (let i = 0; i + 1 < values.length; i += 2) {
      const nx = values[i]!;
      const ny = values[i + 1]!;
      if (command === 'M' && i === 0) {
        flush();
        // A new ring starts where the last one closed: relative to it when that is shorter.
        const absolute = `M${join([decimal(nx), decimal(ny)])}`;
        const relative = `m${join([decimal(nx - x), decimal(ny - y)])}`;
        out += out !== '' && relative.length < absolute.length ? relative : absolute;
        startX = nx;
        startY = ny;
      } else if (nx !== x || ny !== y) {
        run ??= [];
        run.push(decimal(nx - x), decimal(ny - y));
      }
      x = nx;
      y = ny;
    }
  }
  flush();
  return out;
}
