/**
 * Content collections over data/: the same zod schemas and the same reader as the validator
 * (src/lib/site-data → src/lib/data/read-package.ts), so a page can only be built from rows
 * the validator accepted. Spread into `collections` in src/content.config.ts.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { DatasetMetaSchema } from '../lib/schemas/dataset.ts';
import { DivisionSchema } from '../lib/schemas/division.ts';
import { IndicatorSchema } from '../lib/schemas/indicator.ts';
import { loadSiteData } from '../lib/site-data/index.ts';

/** Astro logs and carries on when a loader yields nothing (docs/toolchain.md §3): fail instead. */
function nonEmpty<T>(name: string, entries: T[]): T[] {
  if (entries.length === 0) throw new Error(`collection ${name} is empty: is data/ complete? Run npm run validate.`);
  return entries;
}

export const dataCollections = {
  divisions: defineCollection({
    loader: () => nonEmpty('divisions', loadSiteData().divisions.map((d) => ({ ...d, id: d.code }))),
    schema: DivisionSchema,
  }),
  indicators: defineCollection({
    loader: () => nonEmpty('indicators', loadSiteData().indicators.map((i) => ({ ...i }))),
    schema: IndicatorSchema,
  }),
  datasets: defineCollection({
    loader: () =>
      nonEmpty('datasets', loadSiteData().datasets.map((d) => ({ ...d.meta, id: d.name, descriptorPath: d.descriptorPath, files: d.files, indicators: d.indicators }))),
    schema: DatasetMetaSchema.extend({
      descriptorPath: z.string(),
      files: z.array(z.object({ name: z.string(), path: z.string() })),
      indicators: z.array(z.string()),
    }),
  }),
};
