/**
 * Content collections. Schemas live in src/lib/content/schemas.ts (shared with
 * scripts/check-content.ts, which runs first and explains any error in plain words); data
 * collections over data/ come from src/collections/data.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { dataCollections } from './collections/data.ts';
import { GlossaryTermSchema, PolicyFrontmatterSchema, TimelineEventSchema, TrackerTargetSchema } from './lib/content/schemas.ts';

export const collections = {
  ...dataCollections,
  /** Explainers, one per part of the plan: ids are `zh/<slug>` and `en/<slug>`. */
  policy: defineCollection({ loader: glob({ pattern: '{zh,en}/*.mdx', base: './content/policy' }), schema: PolicyFrontmatterSchema }),
  glossary: defineCollection({ loader: file('content/glossary/terms.yaml'), schema: GlossaryTermSchema }),
  timeline: defineCollection({ loader: file('content/timeline/milestones.yaml'), schema: TimelineEventSchema }),
  targets: defineCollection({ loader: file('content/targets/targets.yaml'), schema: TrackerTargetSchema }),
};
