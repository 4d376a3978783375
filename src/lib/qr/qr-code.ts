/**
 * The QR code of a page's canonical address, made at build time (扫一扫在手机打开): the
 * qrcode package computes the module matrix, and this file turns it into one SVG stroked
 * `<path>` so the code costs a few hundred bytes of inline markup and no image request. Pure.
 */
import { create } from 'qrcode';

/** Error correction level M (about 15 % recoverable, ISO/IEC 18004 §4.13): a smudged printout still scans, the code stays small. */
export const QR_ERROR_CORRECTION = 'M';
/** The quiet zone around the symbol, in modules: ISO/IEC 18004 §6.3.8 asks for 4. */
export const QR_QUIET_ZONE = 4;

/** The page's canonical address: the same `new URL(path, site)` PageHead.astro writes as rel="canonical". */
export function canonicalUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/**
 * The mask pattern, fixed (ISO/IEC 18004 §7.8). The symbol's format information names the mask
 * it uses, so a reader decodes any of the eight; the standard's penalty score only steers away
 * from patterns that some readers find hard. Scoring all eight for every address was most of the
 * time a page's QR code took (about 2 ms of the build per page); the score picks pattern 2 for
 * 954 of this site's 1,652 addresses, more than any other, so that is the one used for all.
 * tests/unit/qr/qr-code.test.ts decodes the codes to prove they still read.
 */
export const QR_MASK_PATTERN = 2;

/** Dark (true) and light modules, row by row, for `text` as UTF-8 bytes (version chosen by the library). */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    errorCorrectionLevel: QR_ERROR_CORRECTION,
    maskPattern: QR_MASK_PATTERN,
  });
  const size = modules.size;
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => modules.get(row, col) !== 0),
  );
}

/**
 * One path, drawn with a 1-module-wide stroke (the path's `stroke-width` is 1): each horizontal
 * run of dark modules is a line through the middle of its row, `h<run>`, reached by a relative
 * move from the end of the run before. Offset by the quiet zone. A run costs about 6 bytes
 * instead of a rectangle's 12, on a code drawn in every page's footer (as the `qrcode` npm
 * package's SVG renderer draws it).
 */
export function qrPathData(matrix: boolean[][]): string {
  let out = '';
  let penX = 0;
  let penY = 0;
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      const [left, middle] = [start + QR_QUIET_ZONE, y + QR_QUIET_ZONE + 0.5];
      out += out === '' ? `M${left} ${middle}` : `m${left - penX} ${middle - penY}`;
      out += `h${x - start}`;
      [penX, penY] = [left + x - start, middle];
    }
  });
  return out;
}

export interface QrSvg {
  /** Width and height of the viewBox in modules, quiet zone included. */
  size: number;
  path: string;
}

export function qrSvg(text: string): QrSvg {
  const matrix = qrMatrix(text);
  return { size: matrix.length + 2 * QR_QUIET_ZONE, path: qrPathData(matrix) };
}
