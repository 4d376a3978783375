import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { decodeBytes } from './decode.ts';
import type { Problem } from './problem.ts';

/**
 * A text file handed on in pieces of CHUNK_BYTES, so a file of any size is read in constant
 * memory. A first pass checks that the bytes are UTF-8 without keeping them; only a file that is
 * not (GBK, UTF-16, stray bytes) is read whole, by decodeBytes, which names the first bad byte
 * and still decodes the rest so its other problems are reported in the same run.
 */
export const CHUNK_BYTES = 1 << 20;

export function readTextInPieces(file: string, onText: (text: string) => void, onProblem: (p: Problem) => void): void {
  readTableInPieces(file, { text: onText }, onProblem);
}

/** Where a table's content goes: raw bytes when they can go to the CSV parser as they are, else text. */
export interface TableSink {
  /** A piece of a UTF-8 file with no carriage return; a character may be split between two pieces. Without it, text. */
  bytes?(chunk: Buffer): void;
  text(text: string): void;
}

/**
 * The same, handing a UTF-8 file without carriage returns on as bytes: the CSV parser reads
 * bytes, so decoding them to text only to encode them again would cost as much as parsing
 * (validation-throughput bench). Other files go as text: a CR needs the reader's line-ending
 * rule (read-csv.ts), and a file in another encoding is decoded whole.
 */
export function readTableInPieces(file: string, sink: TableSink, onProblem: (p: Problem) => void): void {
  const scan = scanBytes(file);
  if (!scan.utf8) {
    const decoded = decodeBytes(readFileSync(file), file, 'field');
    for (const p of decoded.problems) onProblem(p);
    sink.text(decoded.text);
    return;
  }
  const asBytes = sink.bytes;
  if (asBytes && !scan.carriageReturn) {
    // Copied: the parser may keep the tail of a piece until the next one, and the buffer is reused.
    eachChunk(file, (bytes) => asBytes(Buffer.from(bytes)));
    return;
  }
  // TextDecoder drops a leading byte-order mark, as decodeBytes does.
  const decoder = new TextDecoder('utf-8');
  eachChunk(file, (bytes) => {
    const text = decoder.decode(bytes, { stream: true });
    if (text !== '') sink.text(text);
  });
  const rest = decoder.decode();
  if (rest !== '') sink.text(rest);
}

function eachChunk(file: string, use: (bytes: Uint8Array) => void): void {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      use(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether every byte is UTF-8 (RFC 3629, checked natively by node:buffer's isUtf8) and the file
 * does not start with a UTF-16 mark, and whether it holds a carriage return anywhere.
 */
function scanBytes(file: string): { utf8: boolean; carriageReturn: boolean } {
  let ok = true;
  let carriageReturn = false;
  let first = true;
  let carry = new Uint8Array(0);
  eachChunk(file, (chunk) => {
    if (!carriageReturn && chunk.indexOf(0x0d) >= 0) carriageReturn = true;
    if (!ok) return;
    if (first && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) ok = false;
    first = false;
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const cut = incompleteTail(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) ok = false;
    carry = Uint8Array.from(bytes.subarray(cut));
  });
  return { utf8: ok && isUtf8(carry), carriageReturn };
}

/** Where a multi-byte sequence cut off by the end of the chunk starts (bytes.length if none). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return bytes.length;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}
