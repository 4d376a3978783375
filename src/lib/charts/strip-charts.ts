import { divisionByCode } from '../divisions/index.ts';
import { fillFor, rampClassFor } from '../geo/index.ts';
import { formatChange, formatValue, unitLabel } from '../i18n/format.ts';
import { formatNumber, nameIn, t, type Lang } from '../i18n/index.ts';
import type { Division } from '../schemas/division.ts';
import type { ChangeRanking, ChangeRow } from '../site-data/change-ranking.ts';
import type { Choropleth } from '../site-data/choropleth.ts';
import type { Dataset } from '../site-data/datasets.ts';
import { valueOf } from '../stats/index.ts';
import { stripPlot, type StripPlot } from './strip-plot.ts';

/**
 * The two strip charts, geometry and words: what StripChart.astro draws on the page and what
 * strip-svg.ts writes into the downloadable file, from one place so the two never disagree.
 */
export interface StripChartModel {
  id: string;
  plot: StripPlot;
  title: string;
  /** The screen-reader summary of the whole chart. */
  label: string;
  rowNames: string[];
  /** What the axis measures, in which unit. */
  axisNote: string;
  tickText: (value: number) => string;
  /** The map's class colour of a figure; absent for change, which has no map class. */
  dotFill?: ((value: number) => string) | undefined;
  /** The map's class of a figure, which the dark theme recolours (src/styles/theme.css). */
  dotClass?: ((value: number) => string | undefined) | undefined;
  markZero: boolean;
  datasets: readonly Dataset[];
  example: boolean;
}

const namer = (lang: Lang, registry: readonly Division[]) => (code: string) => {
  const d = divisionByCode(registry, code);
  return d ? nameIn(lang, d) : code;
};

/** A year's county figures by prefecture, dots in the map's colours; null when no row has a figure. */
export function rankedStripChart(lang: Lang, map: Choropleth, registry: readonly Division[]): StripChartModel | null {
  const { indicator, year } = map;
  const nameOf = namer(lang, registry);
  const indicatorName = nameIn(lang, indicator);
  const plot = stripPlot(
    map.observations.map((o) => ({
      code: o.code,
      group: divisionByCode(registry, o.code)?.parent ?? '',
      value: valueOf(o, indicator.id) ?? null,
    })),
  );
  const ranked = plot.rows.filter((r) => r.median !== null);
  if (ranked.length === 0) return null;
  const show = (v: number) => formatValue(lang, v, indicator.unit);
  return {
    id: `strip-${indicator.id}-${year}`,
    plot,
    title: t(lang, 'chart.strip.title', { indicator: indicatorName, year }),
    label: t(lang, 'chart.strip.label', {
      indicator: indicatorName,
      year,
      counties: plot.dots.length,
      prefectures: plot.rows.length,
      top: nameOf(ranked[0]!.group),
      topValue: show(ranked[0]!.median!),
      bottom: nameOf(ranked.at(-1)!.group),
      bottomValue: show(ranked.at(-1)!.median!),
    }),
    rowNames: plot.rows.map((r) => nameOf(r.group)),
    axisNote: t(lang, 'chart.strip.unit', { unit: unitLabel(lang, indicator.unit) }),
    tickText: (v) => formatNumber(lang, v),
    dotFill: (v) => fillFor(v, map.breaks),
    dotClass: (v) => rampClassFor(v, map.breaks),
    markZero: false,
    datasets: map.datasets,
    example: map.example,
  };
}

/** Each county's change between two years, by prefecture, through zero; null with fewer than two ranked. */
export function changeStripChart(
  lang: Lang,
  ranking: ChangeRanking,
  registry: readonly Division[],
): StripChartModel | null {
  const { indicator, fromYear: from, toYear: to, rows } = ranking;
  if (rows.length <= 1) return null;
  const nameOf = namer(lang, registry);
  const indicatorName = nameIn(lang, indicator);
  const plot = stripPlot(rows.map((r) => ({ code: r.code, group: r.prefecture, value: r.change })));
  const show = (change: number) => formatChange(lang, { absolute: change, percent: null }, indicator.unit);
  /** The county at one end of the ranking, or all who share that place. */
  const end = (row: ChangeRow) => {
    const shared = rows.filter((r) => r.rank === row.rank);
    return shared.length > 1
      ? t(lang, 'chart.change.tied', { name: nameOf(shared[0]!.code), count: shared.length })
      : nameOf(row.code);
  };
  const unit = indicator.unit === 'percent' ? t(lang, 'chart.change.points') : unitLabel(lang, indicator.unit);
  return {
    id: `change-${indicator.id}-${from}-${to}`,
    plot,
    title: t(lang, 'chart.change.title', { indicator: indicatorName, from, to }),
    label: t(lang, 'chart.change.label', {
      indicator: indicatorName,
      from,
      to,
      counties: rows.length,
      prefectures: plot.rows.length,
      top: end(rows[0]!),
      topChange: show(rows[0]!.change),
      bottom: end(rows.at(-1)!),
      bottomChange: show(rows.at(-1)!.change),
    }),
    rowNames: plot.rows.map((r) => nameOf(r.group)),
    axisNote: t(lang, 'chart.change.unit', { unit, from, to }),
    tickText: (v) => formatNumber(lang, v),
    markZero: true,
    datasets: ranking.datasets,
    example: ranking.example,
  };
}
