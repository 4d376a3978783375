import iconv from 'iconv-lite';
import { problem, type Problem } from './problem.ts';

/**
 * Bytes → text. UTF-8 with or without a byte-order mark is accepted (Excel's "CSV UTF-8" writes
 * one). Anything else is an `encoding-error` pointing at the first byte that is not UTF-8; the
 * text is still decoded (as GB18030 when it looks like GBK, else lossily) so the rest of the file
 * is checked in the same run.
 */
export interface Decoded {
  text: string;
  problems: Problem[];
}

/** How the column of the first bad byte is counted: CSV field index or character column. */
export type ColumnMode = 'field' | 'char';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const SAVE_AS_UTF8 =
  '请另存为 UTF-8：Excel 用“另存为 → CSV UTF-8（逗号分隔）”，WPS 或记事本用“另存为 → 编码 UTF-8”';

export function decodeBytes(bytes: Uint8Array, file: string, mode: ColumnMode = 'field'): Decoded {
  if (startsWith(bytes, UTF8_BOM)) bytes = bytes.subarray(3);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    return {
      text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)),
      problems: [
        problem({
          file,
          type: 'encoding-error',
          message: `文件是 UTF-16 编码（${le ? 'FF FE' : 'FE FF'} 开头，Excel 的“Unicode 文本”），不是 UTF-8`,
          hint: SAVE_AS_UTF8,
        }),
      ],
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8').decode(bytes), problems: [] };

  const { line, column } = locateByte(bytes, bad, mode);
  const byte = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
  const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
  const looksGb = !gb.includes('\uFFFD') && /[\u4e00-\u9fff]/.test(gb);
  const message = looksGb
    ? `文件不是 UTF-8 编码，看起来是 GBK/GB18030（中文版 Excel 默认的“CSV（逗号分隔）”）；第一个非 UTF-8 字节是 ${byte}`
    : `文件不是有效的 UTF-8；第一个无效字节是 ${byte}`;
  return {
    text: looksGb ? gb : new TextDecoder('utf-8').decode(bytes),
    problems: [problem({ file, line, column, type: 'encoding-error', message, hint: SAVE_AS_UTF8 })],
  };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629 §4: no overlongs, no surrogates, nothing
 * above U+10FFFF), or -1 when all bytes are valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Physical line (LF, CRLF or lone CR ends a line) and column of a byte offset. */
function locateByte(bytes: Uint8Array, offset: number, mode: ColumnMode): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  // Everything before `offset` is valid UTF-8, so the prefix of the line decodes exactly.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  if (mode === 'char') return { line, column: [...prefix].length + 1 };
  let column = 1;
  let quoted = false;
  for (const ch of prefix) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) column += 1;
  }
  return { line, column };
}
