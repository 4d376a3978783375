import { t, type Lang, type MessageKey } from '../i18n/index.ts';
import type { Division } from '../schemas/division.ts';

/** The administrative type in the reader's language (市辖区 → "district" …). */
const KEYS: Record<Division['kind'], MessageKey> = {
  省: 'division.kind.province',
  地级市: 'division.kind.prefecture',
  市辖区: 'division.kind.district',
  县级市: 'division.kind.city',
  县: 'division.kind.county',
};

export const kindLabel = (lang: Lang, kind: Division['kind']): string => t(lang, KEYS[kind]);
