/**
 * Cuts the text to read into utterances short enough to be spoken whole. Chrome stops a single
 * utterance after about 15 seconds of speech and never reports the end
 * (https://bugs.chromium.org/p/chromium/issues/detail?id=335907,
 * https://stackoverflow.com/questions/42875726), so no piece may take longer than that.
 * The limits assume speech at rate 1: Mandarin voices say about 4–5 characters a second, so 50
 * characters stay near 11 s; English voices say about 2.5–3 words a second, and the Read Aloud
 * extension keeps Latin pieces under 36 words (about 200 characters) for the same reason
 * (https://github.com/ken107/read-aloud, js/speech.js).
 */
import type { Lang } from '../i18n/index.ts';

export const MAX_CHARS: Record<Lang, number> = { 'zh-CN': 50, en: 200 };

/** Ends of sentences, then of clauses: where a voice pauses anyway, so a cut there is not heard. */
const SENTENCE_END = /(?<=[。！？；!?;]|[.:](?=\s))\s*/u;
const CLAUSE_END = /(?<=[，、：,])\s*/u;

/** Every block cut into pieces of at most `max` characters, cut at sentence ends where possible. */
export function chunkBlocks(blocks: readonly string[], max: number): string[] {
  return blocks.flatMap((block) => chunkText(block, max));
}

/** One block cut into pieces of at most `max` characters: whole sentences packed together, a
 * longer sentence cut at its commas, a longer clause cut at a space or, failing one, anywhere. */
export function chunkText(text: string, max: number): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.length <= max) return [trimmed];
  const sentences = trimmed.split(SENTENCE_END).filter(Boolean);
  const pieces = sentences.flatMap((sentence) =>
    sentence.length <= max
      ? [sentence]
      : sentence
          .split(CLAUSE_END)
          .filter(Boolean)
          .flatMap((c) => hardCut(c, max)),
  );
  return pack(pieces, max);
}

/** Consecutive pieces joined while they fit, so short sentences do not each become an utterance. */
function pack(pieces: readonly string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current ? joinPieces(current, piece) : piece;
    if (joined.length <= max) current = joined;
    else {
      if (current) out.push(current);
      current = piece;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Latin text needs the space back between two pieces; Chinese text has none. */
function joinPieces(a: string, b: string): string {
  return /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u.test(a) ? a + b : `${a} ${b}`;
}

function hardCut(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const at = space > max / 2 ? space : max;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}
