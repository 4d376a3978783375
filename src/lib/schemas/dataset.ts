import { z } from 'zod';

/**
 * The properties this project requires of every `datapackage.json`, on top of the Frictionless
 * Data Package 2.0 profile (which the validator also checks, vendored in src/lib/data/profiles).
 * Custom properties are allowed by the profile; each is documented in data/README.md.
 */
const LocalisedSchema = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });

/**
 * A link in a descriptor reaches readers as an `href`, so it may be only an absolute `https:` or
 * `http:` URL, or a path to a document inside this repository (`docs/sources.md#…`), which the
 * site turns into an absolute URL from its configuration. Refused: every other scheme
 * (`javascript:`, `data:`, `file:`, …), protocol-relative `//host`, root-absolute `/x`, `..`
 * segments, backslashes, and any whitespace, control or invisible character (the WHATWG URL
 * parser drops tabs and newlines, so `java\tscript:` would otherwise become `javascript:`).
 */
export function isSafeLink(value: string): boolean {
  if (value === '' || /[\s\p{Cc}\p{Cf}\\]/u.test(value)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    if (!/^https?:\/\/[^/?#]/i.test(value)) return false;
    return URL.canParse(value);
  }
  if (value.startsWith('/')) return false;
  const path = value.split(/[?#]/, 1)[0]!;
  const segments = path.split('/');
  // A trailing slash (a folder) leaves one empty last segment; any other empty segment is `a//b`.
  return path !== '' && !segments.some((s, i) => s === '..' || s === '.' || (s === '' && i < segments.length - 1));
}

/** Message and hint for a refused link, shared by the validator and its tests. */
export const LINK_RULE = '只接受 https:// 或 http:// 开头的网址，或仓库内文档的相对路径（如 docs/sources.md）';

const LinkSchema = z.string().refine(isSafeLink, { message: LINK_RULE });

export const SourceSchema = z.object({
  /** Short id other parts of the package use to cite this source, e.g. `interpretation-2018`. */
  name: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Where the source was published (https/http), or a document in this repository. */
  path: LinkSchema,
  /** Publisher of the source, e.g. `山东省扶贫开发办公室`. */
  publisher: z.string().optional(),
  /** When the source was published (ISO date), if known. */
  published: z.iso.date().optional(),
  /** When this project last checked that the figures match the source. */
  lastChecked: z.iso.date().optional(),
});

/** A sum the source prints or implies whose parts we could not all capture (data/README.md §Sums). */
export const ReportedSumSchema = z.object({
  indicator: z.string(),
  /** Code of the division whose parts are summed, and the year. */
  parent: z.string(),
  year: z.number().int(),
  /** What the source's rows for the parts add up to, and how many rows that covers. */
  sumOfParts: z.number(),
  parts: z.number().int().positive(),
  source: z.string(),
});

/** What one release changed, in both languages (data/README.md, `releaseNotes`); newest first. */
export const ReleaseNoteSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  date: z.iso.date(),
  'zh-CN': z.string().min(1),
  en: z.string().min(1),
});

export const DatasetMetaSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** Chinese title (the Frictionless `title`), then both languages. */
  title: z.string().min(1),
  titles: LocalisedSchema,
  descriptions: LocalisedSchema,
  /** `official`: figures as published, each with its source; `example`: generated, not real. */
  status: z.enum(['official', 'example']),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Date this release of the dataset was published on the site. */
  published: z.iso.date(),
  /** Years the rows describe; a row's reference date is `{year}-{referenceDay}`. */
  referenceYears: z.array(z.number().int().min(2010).max(2030)).min(1),
  referenceDay: z.string().regex(/^\d{2}-\d{2}$/),
  contributors: z
    .array(z.object({ title: z.string(), path: LinkSchema.optional(), roles: z.array(z.string()).optional() }))
    .min(1),
  licenses: z.array(z.object({ name: z.string().optional(), path: LinkSchema.optional(), title: z.string() })).min(1),
  homepage: LinkSchema.optional(),
  sources: z.array(SourceSchema),
  reportedSums: z.array(ReportedSumSchema).optional(),
  releaseNotes: z.array(ReleaseNoteSchema).optional(),
});
export type DatasetMeta = z.output<typeof DatasetMetaSchema>;
export type Source = z.output<typeof SourceSchema>;
export type ReportedSum = z.output<typeof ReportedSumSchema>;
export type ReleaseNote = z.output<typeof ReleaseNoteSchema>;
