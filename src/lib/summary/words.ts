import { formatNumber, nameIn, t, type Lang, type MessageKey } from '../i18n/index.ts';
import { formatValue, missingLabel } from '../i18n/format.ts';
import { isInForce, referenceDate } from '../divisions/index.ts';
import type { Division } from '../schemas/division.ts';
import type { Unit } from '../schemas/indicator.ts';
import type { AreaYearFacts, HeadlineFact } from './facts.ts';
import type { CountySeriesFacts } from './series-facts.ts';

/** A summary as a page prints it: what happened first, then what the reader must know about the figures. */
export interface Summary {
  sentences: string[];
  notes: string[];
}

const TEMPLATES: Record<string, MessageKey> = {
  remaining_poor: 'summary.remaining_poor',
  lifted_out: 'summary.lifted_out',
  key_villages_exited: 'summary.key_villages_exited',
  houses_renovated: 'summary.houses_renovated',
};

const names = (lang: Lang, divisions: readonly Division[]) =>
  divisions.map((d) => nameIn(lang, d)).join(t(lang, 'summary.join'));

/** A change without its sign (the words say up or down); a rate's change is in percentage points, never percent. */
function changeSize(lang: Lang, change: number, unit: Unit): string {
  const size = Math.abs(change);
  return unit === 'percent'
    ? t(lang, 'summary.points', { number: formatNumber(lang, size, 1) })
    : formatValue(lang, size, unit);
}

function changeClause(lang: Lang, fact: HeadlineFact): string {
  if (fact.change === null) return '';
  const via = fact.changeVia?.length ? t(lang, 'summary.change.via', { parts: names(lang, fact.changeVia) }) : '';
  if (fact.change === 0) return t(lang, 'summary.change.same') + via;
  const diff = changeSize(lang, fact.change, fact.indicator.unit);
  return t(lang, fact.change < 0 ? 'summary.change.down' : 'summary.change.up', { diff }) + via;
}

function rankClause(lang: Lang, fact: HeadlineFact, facts: AreaYearFacts): string {
  if (!fact.rank || !facts.group) return '';
  const vars = {
    group: nameIn(lang, facts.group),
    of: fact.rank.of,
    rank: fact.rank.rank,
    tied: fact.rank.tiedWith + 1,
    others: fact.rank.of - 1,
    peers: t(lang, facts.division.level === 'county' ? 'summary.peers.county' : 'summary.peers.prefecture'),
  };
  // All peers on the same figure: "as in the other 11", never "tied 1st of 12" (allTied).
  if (fact.rank.tiedWith + 1 === fact.rank.of) return t(lang, 'summary.rank.all', vars);
  return t(lang, fact.rank.tiedWith > 0 ? 'summary.rank.tied' : 'summary.rank', vars);
}

function factSentence(lang: Lang, fact: HeadlineFact, facts: AreaYearFacts): string {
  const name = nameIn(lang, facts.division);
  const marker = fact.example ? t(lang, 'summary.example') : '';
  const { cell, indicator } = fact;
  if (cell.kind === 'missing') {
    return (
      t(lang, 'summary.missing', {
        year: facts.year,
        name,
        indicator: nameIn(lang, indicator),
        reason: missingLabel(lang, cell.reason),
      }) +
      marker +
      t(lang, 'summary.end')
    );
  }
  const key =
    indicator.id === 'remaining_poor' && cell.value === 0 ? 'summary.remaining_poor.zero' : TEMPLATES[indicator.id]!;
  const vars = {
    year: facts.year,
    name,
    number: formatNumber(lang, cell.value, 0),
    value: formatValue(lang, cell.value, indicator.unit),
  };
  return (
    t(lang, key, vars) + changeClause(lang, fact) + rankClause(lang, fact, facts) + marker + t(lang, 'summary.end')
  );
}

/** Notes every summary ends with: where the division came from, which figures are real, which are examples, whose targets. */
function notes(
  lang: Lang,
  division: Division,
  formedFrom: readonly Division[],
  reportedCount: number,
  example: boolean,
  reportedSection: string,
): string[] {
  const name = nameIn(lang, division);
  const out: string[] = [];
  if (formedFrom.length > 0) out.push(t(lang, 'summary.formedFrom', { name, divisions: names(lang, formedFrom) }));
  if (reportedCount > 0)
    out.push(t(lang, 'summary.reported', { name, count: reportedCount, section: reportedSection }));
  if (example) out.push(t(lang, 'summary.exampleNote'));
  out.push(t(lang, 'summary.targets'));
  return out;
}

/** The sentences as one paragraph: a space between English sentences, none after a full-width 。. */
export function summaryText(summary: Summary): string {
  return summary.sentences.join(' ').replace(/。 /g, '。');
}

/** The summary of a county, prefecture or the province in one year, from its headline facts. */
export function areaYearSummary(lang: Lang, facts: AreaYearFacts): Summary {
  const formedFrom = facts.formedFrom.filter((d) => !isInForce(d, referenceDate(facts.year)));
  return {
    sentences: facts.facts.map((fact) => factSentence(lang, fact, facts)),
    notes: notes(
      lang,
      facts.division,
      formedFrom,
      facts.reportedCount,
      facts.facts.some((f) => f.example),
      t(lang, 'reported.title'),
    ),
  };
}

/** The summary of a county across the plan's years: where the remaining poor went, and each year's flows. */
export function countySeriesSummary(lang: Lang, facts: CountySeriesFacts): Summary {
  const name = nameIn(lang, facts.division);
  const sentences = facts.rows.map((row) => {
    const marker = row.example ? t(lang, 'summary.example') : '';
    const [first, last] = [row.points[0], row.points.at(-1)];
    const unit = row.indicator.unit;
    if (
      row.indicator.id === 'remaining_poor' &&
      first &&
      last &&
      first !== last &&
      first.cell.kind === 'value' &&
      last.cell.kind === 'value'
    ) {
      return (
        t(lang, 'summary.series.remaining_poor', {
          name,
          from: first.year,
          to: last.year,
          first: formatValue(lang, first.cell.value, unit),
          last: formatValue(lang, last.cell.value, unit),
        }) +
        marker +
        t(lang, 'summary.end')
      );
    }
    const list = row.points
      .map((p) =>
        t(lang, 'summary.series.item', {
          year: p.year,
          value: p.cell.kind === 'value' ? formatValue(lang, p.cell.value, unit) : missingLabel(lang, p.cell.reason),
        }),
      )
      .join(t(lang, 'summary.series.separator'));
    return (
      t(lang, 'summary.series.flow', { name, indicator: nameIn(lang, row.indicator), list }) +
      marker +
      t(lang, 'summary.end')
    );
  });
  return {
    sentences,
    notes: notes(
      lang,
      facts.division,
      facts.formedFrom,
      facts.reportedCount,
      facts.rows.some((r) => r.example),
      t(lang, 'reported.title'),
    ),
  };
}
