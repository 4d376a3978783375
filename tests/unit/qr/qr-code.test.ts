import { describe, expect, it } from 'vitest';
import qrcode from 'qrcode-generator';
import { canonicalUrl, qrMatrix, qrPathData, qrSvg, QR_QUIET_ZONE } from '../../../src/lib/qr/qr-code.ts';

const site = 'https://example.org';

describe('page QR code', () => {
  it('encodes the canonical address of the page, the same one rel="canonical" names', () => {
    expect(canonicalUrl('/en/counties/370102/2020/', site)).toBe('https://example.org/en/counties/370102/2020/');
    expect(canonicalUrl('/counties/370102/2020/', 'https://example.org/sub/')).toBe(
      'https://example.org/counties/370102/2020/',
    );
  });

  it("is the library's matrix for that address", () => {
    const url = canonicalUrl('/en/counties/370102/2020/', site);
    const reference = qrcode(0, 'M');
    reference.addData(url, 'Byte');
    reference.make();
    const matrix = qrMatrix(url);
    expect(matrix).toHaveLength(reference.getModuleCount());
    matrix.forEach((row, r) => row.forEach((dark, c) => expect(dark).toBe(reference.isDark(r, c))));
    // A different address gives a different code.
    expect(qrMatrix(canonicalUrl('/counties/370102/2020/', site))).not.toEqual(matrix);
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
