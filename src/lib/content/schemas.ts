import { z } from 'zod';
import { PeriodSchema } from './period.ts';
import { BilingualSchema, ClauseSchema, IndicatorIdSchema, IsoDateSchema, PolicySlugSchema, SlugIdSchema, SourceIdSchema } from './fields.ts';

/**
 * Schemas of everything under `content/`: explainer front matter, glossary, timeline and the
 * targets tracker. Shared by `src/content.config.ts` (the build) and `scripts/check-content.ts`
 * (the friendly pre-build check), so this file must not import `astro:*`.
 */

export const PolicyFrontmatterSchema = z.strictObject({
  /** Page heading and `<title>`. */
  title: z.string().min(1),
  /** One or two sentences shown in the outline and as the meta description. */
  summary: z.string().min(1).max(300),
  /** Who the page is written for, in a few words. */
  audience: z.string().min(1),
  /** Position in the outline (1 = first); the plan's own order. */
  order: z.number().int().min(1),
  /** The part of the plan this page explains. */
  clause: ClauseSchema,
  /** Day an editor last checked the page against its sources (ISO date). */
  lastReviewed: IsoDateSchema,
  /** Indicators (data/indicators) that measure what this part promised; may be empty. */
  indicators: z.array(IndicatorIdSchema).default([]),
  /** Targets tracker ids (content/targets) this page discusses. */
  targets: z.array(SlugIdSchema).default([]),
  /** Documents the page relies on; the first is cited on the page. */
  sources: z.array(SourceIdSchema).min(1),
  /** Language of this file: must match its folder (`zh/` or `en/`). */
  lang: z.enum(['zh-CN', 'en']),
});
export type PolicyFrontmatter = z.output<typeof PolicyFrontmatterSchema>;

export const GlossaryTermSchema = z.strictObject({
  /** Stable id: the fragment on /glossary/ and the `id` of `<Term id="…">`. */
  id: SlugIdSchema,
  /** The term as written in each language. */
  term: BilingualSchema,
  /** Other spellings that count as the same term when checking explainers are marked up. */
  aliases: z.object({ zh: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) }).default({ zh: [], en: [] }),
  /** One sentence shown next to the term wherever it is used (focus or hover). */
  short: BilingualSchema,
  /** The full definition on the glossary page. */
  definition: BilingualSchema,
  /** Optional caveat, e.g. how two similar official terms differ. */
  note: BilingualSchema.optional(),
  /** Explainer where the term matters most. */
  explainer: PolicySlugSchema.optional(),
  sources: z.array(SourceIdSchema).min(1),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;

export const TimelineEventSchema = z.strictObject({
  id: SlugIdSchema,
  /** When: `2018`, `2018-H2`, `2019-Q2`, `2019-end` or a span `2019/2020` (./period.ts). */
  period: PeriodSchema,
  /** `by`: a deadline (done no later than); `during`: something that happens in the period. */
  kind: z.enum(['by', 'during']),
  title: BilingualSchema,
  body: BilingualSchema,
  clause: ClauseSchema,
  explainer: PolicySlugSchema,
  /** Tracker ids this milestone is about. */
  targets: z.array(SlugIdSchema).default([]),
  sources: z.array(SourceIdSchema).min(1),
});
export type TimelineEvent = z.output<typeof TimelineEventSchema>;

export { TrackerTargetSchema, type TrackerTarget } from './target-schema.ts';
export { POLICY_SLUGS, PolicySlugSchema, type PolicySlug, BilingualSchema, type Bilingual, ClauseSchema, IsoDateSchema, SourceIdSchema, type SourceId } from './fields.ts';
