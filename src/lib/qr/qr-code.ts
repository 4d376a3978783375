/**
 * The QR code of a page's canonical address, made at build time (扫一扫在手机打开): the
 * qrcode-generator package computes the module matrix, and this file turns it into one SVG
 * stroked `<path>` so the code costs a few hundred bytes of inline markup and no image request. Pure.
 */
import qrcode from 'qrcode-generator';

/** Error correction level M (about 15 % recoverable, ISO/IEC 18004 §4.13): a smudged printout still scans, the code stays small. */
export const QR_ERROR_CORRECTION = 'M';
/** The quiet zone around the symbol, in modules: ISO/IEC 18004 §6.3.8 asks for 4. */
export const QR_QUIET_ZONE = 4;

/** The page's canonical address: the same `new URL(path, site)` PageHead.astro writes as rel="canonical". */
export function canonicalUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** Dark (true) and light modules, row by row, for `text` (type number chosen by the library). */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, QR_ERROR_CORRECTION);
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
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
