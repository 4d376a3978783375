/**
 * Content collections: the explainers, glossary, timeline and targets under content/. Schemas
 * live in src/lib/content/schemas.ts (shared with scripts/check-content.ts, which runs first and
 * explains any error in plain words); pages read them through src/collections/content.ts. The
 * data under data/ is not a collection: pages read it once through loadSiteData()
 * (src/lib/site-data), the validator's own reader.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  GlossaryTermSchema,
  PolicyFrontmatterSchema,
  TimelineEventSchema,
  TrackerTargetSchema,
} from './lib/content/schemas.ts';
import { contentFile, contentFilesIn } from './lib/content/content-files.ts';

// Loaders read only regular files the content check reads: never a symbolic link or a dot-file.
const EXPLAINERS = contentFilesIn('content', 'policy', /^(zh|en)\/[a-z0-9-]+\.mdx$/);

export const collections = {
  /** Explainers, one per part of the plan: ids are `zh/<slug>` and `en/<slug>`. */
  policy: defineCollection({
    loader: glob({ pattern: EXPLAINERS, base: './content/policy' }),
    schema: PolicyFrontmatterSchema,
  }),
  glossary: defineCollection({
    loader: file(contentFile('content', 'glossary/terms.yaml')),
    schema: GlossaryTermSchema,
  }),
  timeline: defineCollection({
    loader: file(contentFile('content', 'timeline/milestones.yaml')),
    schema: TimelineEventSchema,
  }),
  targets: defineCollection({
    loader: file(contentFile('content', 'targets/targets.yaml')),
    schema: TrackerTargetSchema,
  }),
};
