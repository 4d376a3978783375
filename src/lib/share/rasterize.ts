import { Resvg } from '@resvg/resvg-js';
import { indexedPng, PNG_SIGNATURE } from './indexed-png.ts';
import { reduceToPalette } from './palette.ts';

/**
 * Colours kept in a preview picture. The pictures hold only flat fills (white, the accent bar,
 * at most seven class colours, borders and the no-data hatch) and their anti-aliased edges:
 * about 7,000 distinct colours, of which the fills cover nearly every pixel. A 256-colour
 * palette keeps each fill exactly and the edges within a shade, at a third of the bytes of a
 * full-colour PNG (measured in the README, "Smaller share files and county JSON").
 */
const PALETTE_SIZE = 256;

/**
 * An SVG as an indexed-colour PNG (PNG colour type 3): drawn by resvg (the native binary ships
 * inside its npm package, so nothing is downloaded), then reduced to its most frequent colours
 * (palette.ts) and written as an indexed PNG (indexed-png.ts). System fonts are not loaded: the
 * pictures hold no text, and loading every font on the machine costs time on each call.
 */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, background: '#ffffff' }).render();
  // A copy of the pixels, aligned so that they can be read as 32-bit RGBA words.
  const rgba = new Uint8Array(image.pixels);
  return indexedPng(image.width, image.height, reduceToPalette(rgba, PALETTE_SIZE));
}

/** Width, height and colour type from a PNG's IHDR chunk (PNG spec §11.2.2), to check what a file claims. */
export function pngHeader(bytes: Uint8Array): { width: number; height: number; colourType: number } | null {
  if (bytes.length < 26 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20), colourType: view.getUint8(25) };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const header = pngHeader(bytes);
  return header && { width: header.width, height: header.height };
}

/** PNG colour type 3: each pixel is an index into a palette (PNG spec §11.2.2, table 11.1). */
export const PNG_INDEXED_COLOUR = 3;
