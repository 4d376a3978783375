/**
 * Reduces an RGBA picture to at most `size` colours, for an indexed-colour PNG.
 *
 * The site's preview pictures are flat fills and their anti-aliased edges: about 7,000 distinct
 * colours, of which a dozen cover nearly every pixel. So the palette is simply the most frequent
 * colours, kept exactly, and every rarer colour (an edge pixel) takes the nearest of them. That
 * is exact where it matters and takes a few milliseconds, where a general quantiser that
 * averages colours took about 60 ms a picture and moved the fills by a shade.
 */
export interface Palette {
  /** The kept colours, most frequent first, as RGBA words in memory order (little-endian: 0xAABBGGRR). */
  readonly colours: Uint32Array;
  /** One palette index per pixel, row after row. */
  readonly indices: Uint8Array;
}

export function reduceToPalette(rgba: Uint8Array, size = 256): Palette {
  if (size < 1 || size > 256) throw new RangeError(`A PNG palette holds 1 to 256 colours, not ${size}`);
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.byteLength >>> 2);
  const counts = countColours(pixels);
  // Most frequent first; equal counts in colour order, so the same picture gives the same bytes.
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([colour]) => colour);
  const colours = Uint32Array.from(ranked.slice(0, size));
  const indexOf = new Map<number, number>();
  colours.forEach((colour, i) => indexOf.set(colour, i));
  for (const colour of ranked.slice(size)) indexOf.set(colour, nearest(colour, colours));

  const indices = new Uint8Array(pixels.length);
  // Neighbouring pixels are mostly the same colour, so one lookup serves a whole run.
  let previous = -1;
  let index = 0;
  for (let i = 0; i < pixels.length; i++) {
    const colour = pixels[i]!;
    if (colour !== previous) {
      previous = colour;
      index = indexOf.get(colour)!;
    }
    indices[i] = index;
  }
  return { colours, indices };
}

/** How many pixels have each colour, counted run by run. */
function countColours(pixels: Uint32Array): Map<number, number> {
  const counts = new Map<number, number>();
  let run = 0;
  let previous = pixels[0]!;
  for (const colour of pixels) {
    if (colour === previous) {
      run++;
      continue;
    }
    counts.set(previous, (counts.get(previous) ?? 0) + run);
    previous = colour;
    run = 1;
  }
  if (run > 0) counts.set(previous, (counts.get(previous) ?? 0) + run);
  return counts;
}

/** The index of the palette colour closest to `colour`: least squared distance over R, G, B and A. */
function nearest(colour: number, palette: Uint32Array): number {
  const r = colour & 255;
  const g = (colour >>> 8) & 255;
  const b = (colour >>> 16) & 255;
  const a = colour >>> 24;
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < palette.length && bestDistance > 0; i++) {
    const p = palette[i]!;
    const dr = (p & 255) - r;
    const dg = ((p >>> 8) & 255) - g;
    const db = ((p >>> 16) & 255) - b;
    const da = (p >>> 24) - a;
    const distance = dr * dr + dg * dg + db * db + da * da;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}
