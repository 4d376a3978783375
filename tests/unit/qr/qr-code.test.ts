import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { canonicalUrl, qrMatrix, qrPathData, qrSvg, QR_QUIET_ZONE } from '../../../src/lib/qr/qr-code.ts';
import { POLICY_SLUGS } from '../../../src/lib/content/schemas.ts';
import { loadSiteData, pagePaths } from '../../../src/lib/site-data/index.ts';

const site = 'https://example.org';

/** What a phone's camera sees: the code in black on white, 4 pixels a module, with its quiet zone. */
function decode(matrix: boolean[][]): string | undefined {
  const scale = 4;
  const side = (matrix.length + 2 * QR_QUIET_ZONE) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const [row, col] = [Math.floor(y / scale) - QR_QUIET_ZONE, Math.floor(x / scale) - QR_QUIET_ZONE];
      if (matrix[row]?.[col]) pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  return jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' })?.data;
}

describe('page QR code', () => {
  it('encodes the canonical address of the page, the same one rel="canonical" names', () => {
    expect(canonicalUrl('/en/counties/370102/2020/', site)).toBe('https://example.org/en/counties/370102/2020/');
    expect(canonicalUrl('/counties/370102/2020/', 'https://example.org/sub/')).toBe(
      'https://example.org/counties/370102/2020/',
    );
  });

  it('reads back as the address with a QR decoder, for pages of every kind, both languages and the longest', () => {
    const paths = pagePaths(loadSiteData(), POLICY_SLUGS);
    const longest = paths.reduce((a, b) => (b.length > a.length ? b : a));
    // Every 40th page covers each template in both languages; a longer site address gives a larger code.
    const sample = [...paths.filter((_, i) => i % 40 === 0), longest];
    for (const base of [site, 'https://poverty-alleviation-open-data.example.gov.cn']) {
      for (const path of sample) {
        const url = canonicalUrl(path, base);
        expect(decode(qrMatrix(url)), url).toBe(url);
      }
    }
    // A different address gives a different code.
    expect(qrMatrix(canonicalUrl('/counties/370102/2020/', site))).not.toEqual(
      qrMatrix(canonicalUrl('/en/counties/370102/2020/', site)),
    );
  });

  it('draws every dark module, and only those, as runs of one stroked path with the quiet zone around it', () => {
    const matrix = qrMatrix(canonicalUrl('/', site));
    const drawn = new Set<string>();
    // Read the path as a browser does: a first absolute move, then relative moves and runs.
    let [x, y] = [0, 0];
    for (const [, command, a, b] of qrPathData(matrix).matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
      if (command === 'h') {
        for (let i = 0; i < Number(a); i++) drawn.add(`${x + i - QR_QUIET_ZONE},${y - 0.5 - QR_QUIET_ZONE}`);
        x += Number(a);
      } else [x, y] = command === 'M' ? [Number(a), Number(b)] : [x + Number(a), y + Number(b)];
    }
    const dark = new Set(matrix.flatMap((row, r) => row.flatMap((d, c) => (d ? [`${c},${r}`] : []))));
    expect(drawn).toEqual(dark);
    const svg = qrSvg(canonicalUrl('/', site));
    expect(svg.size).toBe(matrix.length + 2 * QR_QUIET_ZONE);
    // The finder pattern's top-left module is dark (ISO/IEC 18004 §6.3.3).
    expect(svg.path.startsWith(`M${QR_QUIET_ZONE} ${QR_QUIET_ZONE + 0.5}h7`)).toBe(true);
  });
});
