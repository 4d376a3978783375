/**
 * Text for standalone SVG files, which have no layout engine: lines are broken by an estimate of
 * their width. Han characters and full-width punctuation take one em; Latin letters and digits
 * about 0.55 em in the sans-serif faces the files name (Noto Sans / Source Han Sans metrics).
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Estimated width of `text` in ems. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.55;
  return ems;
}

/**
 * `text` broken into lines no wider than `width` at `fontSize`: after spaces in Latin text,
 * between any two Han characters, never before closing punctuation.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const maxEms = width / fontSize;
  const tokens = text.match(/[A-Za-z0-9.,:;'’()\-–/@_%+~=]+\s*|[\s\S]\s*/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const closing = /^[，。、；：）》」』！？,.;:)]/.test(token);
    if (line && !closing && textEms(line + token.trimEnd()) > maxEms) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
