import type { Source } from '../schemas/dataset.ts';
import { isExample, type Dataset } from './datasets.ts';
import type { SiteData } from './load.ts';
import { PROVINCE_CODE } from '../divisions/index.ts';

/**
 * One published figure with the source that printed it. A dataset such as province-reported has
 * one row per source and year, so "which source says so" comes from the row's `source` column.
 */
export interface PublishedFigure {
  dataset: Dataset;
  indicator: string;
  code: string;
  year: number;
  value: number;
  /** The descriptor's source entry the row names (undefined when the row names none). */
  source: Source | undefined;
  /** The row's note, which quotes the source's wording and explains rounding and dating. */
  note: string;
}

/**
 * The figures (cells with a value) of one dataset's observations; cells holding NP/NA/S are not
 * figures. Each carries the first source its row names, which gives the figure's wording. Pure.
 */
export function figuresOf(dataset: Dataset): PublishedFigure[] {
  const sources = new Map(dataset.meta.sources.map((s) => [s.name, s]));
  return dataset.observations.flatMap((o) => {
    const source = o.source ? sources.get(o.source.split(' ')[0]!) : undefined;
    return Object.entries(o.values)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      .map(([indicator, value]) => ({
        dataset,
        indicator,
        code: o.code,
        year: o.year,
        value,
        source,
        note: o.note ?? '',
      }));
  });
}

/**
 * The dataset of the plan's numeric promises, and the one holding the province outcomes shown
 * beside them (targets are judged in src/lib/content/judge-targets.ts, on whichever dataset a
 * tracker entry's `measuredBy` names).
 */
export const TARGETS_DATASET = 'plan-targets';
export const OUTCOMES_DATASET = 'province-reported';

// Made once per loaded data: the build asks for these on many pages.
const cache = new WeakMap<SiteData, PublishedFigure[]>();

/**
 * Every figure of the `official` datasets' wide tables, each with its source, read through the
 * same reader as the validator. Example datasets are left out: they publish nothing.
 */
export function publishedFigures(data: SiteData): PublishedFigure[] {
  let figures = cache.get(data);
  if (!figures) {
    figures = data.datasets.filter((d) => !isExample(d)).flatMap(figuresOf);
    cache.set(data, figures);
  }
  return figures;
}

/** Figures of `code` (default: the province) in `year`, in the order of the dataset's rows. */
export function figuresIn(figures: readonly PublishedFigure[], year: number, code = PROVINCE_CODE): PublishedFigure[] {
  return figures.filter((f) => f.year === year && f.code === code);
}

/**
 * A source's title up to its first bracket or colon ("大众日报2018年2月11日报道", "山东篇"): source
 * titles carry long reading notes that belong in the full source list, not in every table cell.
 */
export function shortTitle(title: string): string {
  const cut = title.search(/[（(：:]/);
  const short = (cut > 0 ? title.slice(0, cut) : title).trim();
  return short.length > 0 ? short : title;
}
