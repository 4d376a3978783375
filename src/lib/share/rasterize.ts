import { Resvg } from '@resvg/resvg-js';

/**
 * An SVG as PNG bytes, drawn by resvg (the native binary ships inside its npm package, so
 * nothing is downloaded). System fonts are not loaded: the pictures hold no text, and loading
 * every font on the machine costs time on each call.
 */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false }, background: '#ffffff' });
  // A copy into a plain ArrayBuffer: what a Response body accepts (Buffer's may be shared).
  return new Uint8Array(resvg.render().asPng());
}

/** Width and height from a PNG's IHDR chunk (PNG spec §11.2.2), to check what a file claims. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
