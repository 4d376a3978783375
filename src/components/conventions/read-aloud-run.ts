/**
 * The part of 朗读 loaded once a voice is found (read-aloud.ts): collects the main text
 * (src/lib/speech/collect.ts), cuts it into pieces Chrome speaks whole (chunk.ts), and hands them
 * to the controller (reader.ts) wired to the browser's `speechSynthesis`.
 */
import { collectBlocks, type SpeechNode } from '../../lib/speech/collect.ts';
import { chunkBlocks, MAX_CHARS } from '../../lib/speech/chunk.ts';
import { SpeechReader, type ReaderEvent, type ReaderState, type UtteranceEvents } from '../../lib/speech/reader.ts';
import type { Lang } from '../../lib/i18n/index.ts';

/** The pieces to speak from `main`, leaving out what the browser does not render. */
export function pagePieces(main: HTMLElement, lang: Lang, cellSeparator: string): string[] {
  const isHidden = (node: SpeechNode) => {
    const element = node as unknown as Element;
    // checkVisibility(): false for display: none and the content of a closed <details>.
    return typeof element.checkVisibility === 'function' && !element.checkVisibility();
  };
  return chunkBlocks(collectBlocks(main, { cellSeparator, isHidden }), MAX_CHARS[lang]);
}

/** A controller that speaks with `voice` through the browser's `speechSynthesis`. */
export function pageReader(
  voice: SpeechSynthesisVoice,
  lang: Lang,
  onChange: (state: ReaderState, event: ReaderEvent) => void,
): SpeechReader<SpeechSynthesisUtterance> {
  const utterance = (text: string, events: UtteranceEvents) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang || lang;
    u.addEventListener('end', () => events.end());
    u.addEventListener('error', (event) => events.error(event.error));
    return u;
  };
  return new SpeechReader(speechSynthesis, utterance, onChange);
}
