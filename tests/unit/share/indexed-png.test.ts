import { crc32 } from 'node:zlib';
import UPNG from 'upng-js';
import { describe, expect, it } from 'vitest';
import { indexedPng } from '../../../src/lib/share/indexed-png.ts';
import { reduceToPalette } from '../../../src/lib/share/palette.ts';
import { PNG_INDEXED_COLOUR, pngHeader } from '../../../src/lib/share/rasterize.ts';

/** An RGBA picture whose pixel i has colour colourAt(i). */
function picture(width: number, height: number, colourAt: (i: number) => readonly number[]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set(colourAt(i), i * 4);
  return rgba;
}

/** Decoded by upng-js, a decoder written independently of the encoder under test. */
function decode(png: Uint8Array): Uint8Array {
  const image = UPNG.decode(png.slice().buffer);
  return new Uint8Array(UPNG.toRGBA8(image)[0]!);
}

/** The chunks of a PNG as [type, data, stored CRC, CRC computed over type and data]. */
function chunks(png: Uint8Array): [string, Uint8Array, number, number][] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: [string, Uint8Array, number, number][] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    found.push([
      type,
      png.subarray(at + 8, at + 8 + length),
      view.getUint32(at + 8 + length),
      crc32(png.subarray(at + 4, at + 8 + length)),
    ]);
    at += 12 + length;
  }
  return found;
}

// 256 distinct colours, repeating.
const ramp = (i: number) => [i % 256, (i * 7) % 256, 255 - (i % 256), 255];

describe('indexed-colour PNG', () => {
  it('stores a picture of up to 256 colours without changing a pixel', () => {
    const rgba = picture(37, 23, ramp);
    const png = indexedPng(37, 23, reduceToPalette(rgba));
    expect(pngHeader(png)).toEqual({ width: 37, height: 23, colourType: PNG_INDEXED_COLOUR });
    expect(decode(png)).toEqual(rgba);
  });

  it('keeps see-through colours, with a transparency chunk only when one is needed', () => {
    const clear = picture(4, 4, (i) => [10, 20, 30, i % 2 ? 255 : 64]);
    expect(decode(indexedPng(4, 4, reduceToPalette(clear)))).toEqual(clear);
    expect(chunks(indexedPng(4, 4, reduceToPalette(clear))).map(([type]) => type)).toEqual([
      'IHDR',
      'PLTE',
      'tRNS',
      'IDAT',
      'IEND',
    ]);
    const opaque = picture(4, 4, () => [10, 20, 30, 255]);
    expect(chunks(indexedPng(4, 4, reduceToPalette(opaque))).map(([type]) => type)).toEqual([
      'IHDR',
      'PLTE',
      'IDAT',
      'IEND',
    ]);
  });

  it('gives every chunk the CRC-32 the PNG specification asks for', () => {
    const png = indexedPng(37, 23, reduceToPalette(picture(37, 23, ramp)));
    for (const [type, , stored, computed] of chunks(png)) expect(stored, type).toBe(computed);
  });

  it('gives the same bytes for the same picture', () => {
    const rgba = picture(64, 64, (i) => [(i * 13) % 256, (i * 5) % 256, i % 256, 255]);
    expect(indexedPng(64, 64, reduceToPalette(rgba))).toEqual(indexedPng(64, 64, reduceToPalette(rgba.slice())));
  });

  it('refuses indices that do not fill the picture', () => {
    expect(() => indexedPng(10, 10, reduceToPalette(picture(9, 10, ramp)))).toThrow(/90 indices for 10 × 10/);
  });
});

describe('palette reduction', () => {
  it('keeps the most frequent colours exactly and gives a rare colour the nearest kept one', () => {
    // Three fills over most of the picture, then 300 single pixels of distinct greys, and one
    // pixel one shade off the first fill.
    const fills = [
      [200, 40, 40, 255],
      [40, 200, 40, 255],
      [40, 40, 200, 255],
    ];
    const width = 1000;
    const rgba = picture(width, 1, (i) => (i < 600 ? fills[i % 3]! : i < 900 ? [i - 600, i - 600, 0, 255] : fills[0]!));
    rgba.set([201, 40, 41, 255], 950 * 4);
    const { colours, indices } = reduceToPalette(rgba, 8);
    expect(colours).toHaveLength(8);
    const decoded = decode(indexedPng(width, 1, { colours, indices }));
    for (let i = 0; i < 600; i++) expect([...decoded.subarray(i * 4, i * 4 + 4)]).toEqual(fills[i % 3]);
    expect([...decoded.subarray(950 * 4, 950 * 4 + 4)]).toEqual(fills[0]);
  });

  it('accepts only the palette sizes a PNG can hold', () => {
    expect(() => reduceToPalette(new Uint8Array(4), 257)).toThrow(/1 to 256/);
    expect(() => reduceToPalette(new Uint8Array(4), 0)).toThrow(/1 to 256/);
  });
});
