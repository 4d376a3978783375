/** Field schemas shared by the content schemas (./schemas.ts, ./target-schema.ts). */
import { z } from 'zod';

/** Slugs of the explainers in content/policy/{zh,en}/, in the order of the plan. */
export const POLICY_SLUGS = [
  'targets', 'deep-poverty-areas', 'industry', 'three-guarantees', 'social-safety-net',
  'collective-economy', 'motivation', 'partnership', 'long-term-mechanism',
  'assessment', 'conduct', 'responsibility', 'incentives',
] as const;
export const PolicySlugSchema = z.enum(POLICY_SLUGS);
export type PolicySlug = z.output<typeof PolicySlugSchema>;

/** Ids of the documents content may cite; their full citations live in ./sources.ts. */
/** The same names as the `sources` of the datasets under data/datasets, so a citation means one thing. */
export const SourceIdSchema = z.enum(['interpretation-2018', 'dzrb-2018-02-11', 'cpad-shandong', 'sdchina-2021-03-10']);
export type SourceId = z.output<typeof SourceIdSchema>;

/** Lower-case id used in URLs and fragments, e.g. `dibao`. */
export const SlugIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens');

/** An indicator id as in data/indicators/indicators.csv, e.g. `registered_poor`. */
export const IndicatorIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case indicator id');

/**
 * Where a statement sits in the plan: `第N部分` (one of the six parts of the interpretation),
 * optionally followed by a space and the item within it, e.g. `第二部分 三` (part 2, item 3).
 */
export const ClauseSchema = z.string().regex(/^第[一二三四五六]部分( [一二三四五六七八])?$/, '第N部分 或 第N部分 M，例如 第二部分 三');

/** Text in both languages; `pick(lang, …)` from src/lib/i18n chooses one. */
export const BilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.output<typeof BilingualSchema>;

/**
 * An ISO date (`2024-05-01`). Unquoted dates in YAML arrive as Date values (the build's YAML
 * reader follows the timestamp rule), so both spellings are accepted and stored as text.
 */
export const IsoDateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date(),
);
