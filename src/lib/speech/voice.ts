/**
 * Which of the browser's voices reads a page: one for the page's language, or none, in which case
 * 朗读 stays hidden. Voice languages are BCP 47 tags (`zh-CN`, `en-GB`), though some systems write
 * `zh_CN`; Mandarin in simplified script may also come as `cmn-Hans-CN` or `zh-Hans`. `zh-TW` and
 * `zh-HK` voices are left out: they read with Taiwanese or Cantonese pronunciation.
 */
import type { Lang } from '../i18n/index.ts';

/** The parts of a `SpeechSynthesisVoice` the choice looks at. */
export interface VoiceLike {
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

const MATCHES: Record<Lang, RegExp> = {
  'zh-CN': /^(?:zh-(?:cn|hans)|cmn-hans|cmn-cn)\b/,
  en: /^en\b/,
};

/** The best voice for `lang`: one on the device before one that sends the text to a server, the
 * system's default among equals; `undefined` when there is none. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: Lang): V | undefined {
  const matching = voices.filter((voice) => MATCHES[lang].test(voice.lang.replace(/_/g, '-').toLowerCase()));
  const rank = (voice: V) => (voice.localService ? 0 : 2) + (voice.default ? 0 : 1);
  return [...matching].sort((a, b) => rank(a) - rank(b))[0];
}
