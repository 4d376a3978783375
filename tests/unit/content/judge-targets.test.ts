import { describe, expect, it } from 'vitest';
import { deadlineYear, dueIn, judgeTarget } from '../../../src/lib/content/judge-targets.ts';
import { resolveTargets, yearsOf, type PlanTargetRow, type ResolvedTarget } from '../../../src/lib/content/resolve-targets.ts';
import { TrackerTargetSchema } from '../../../src/lib/content/schemas.ts';
import { figuresOf, OUTCOMES_DATASET } from '../../../src/lib/site-data/index.ts';
import type { Observation } from '../../../src/lib/stats/index.ts';
import { dataset, siteData } from '../site-data/fixture.ts';

/**
 * The judging every targets table shows (tracker, explainers, home, year and indicator pages),
 * on hand-made province figures: the cases the year pages' own check used to be tested with.
 */
const indicators = new Map(siteData([]).indicators.map((i) => [i.id, i]));

const target = (over: Partial<ResolvedTarget> & { indicator?: string; years?: number[] } = {}): ResolvedTarget => {
  const { indicator = 'remaining_poor', years = [2020], ...rest } = over;
  return {
    id: 't', kind: 'quantity', promise: { zh: '消除', en: 'none left' }, comparator: '=', value: 0, unit: 'person', deadline: '2020',
    clause: '第一部分', explainer: 'targets', planTarget: 't', measuredBy: { dataset: OUTCOMES_DATASET, division: '370000', indicator, years },
    relatedMeasures: [], sources: ['interpretation-2018'], ...rest,
  } as ResolvedTarget;
};

/** A row as the dataset holds it: `year`, an optional division `code` (the province by default) and indicator values. */
type Row = { code?: string; year: number; [indicator: string]: number | string | null | undefined };
const observation = (name: string, { code = '370000', year, ...values }: Row): Observation =>
  ({ dataset: name, code, year, values: values as Record<string, number | null>, missing: {}, source: 'report-a' });
/** Figures of a dataset made of `rows` (official unless said). */
const figuresFrom = (name: string, rows: Row[], status: 'official' | 'example' = 'official') =>
  figuresOf(dataset(name, status, rows.map((r) => observation(name, r))));
/** Province figures of province-reported, one row per source as in the real dataset. */
const reported = (rows: Row[]) => figuresFrom(OUTCOMES_DATASET, rows);
const judge = (t: ResolvedTarget, figures: ReturnType<typeof reported>) => judgeTarget(t, figures, indicators);

const row = (over: Partial<PlanTargetRow> = {}): Pick<PlanTargetRow, 'measure' | 'period' | 'deadline_year'> =>
  ({ measure: 'year_value', period: '2020', deadline_year: 2020, ...over });

describe('yearsOf', () => {
  it('takes the deadline year, or every year of a YYYY/YYYY period summed over', () => {
    expect(yearsOf(row())).toEqual([2020]);
    expect(yearsOf(row({ measure: 'sum_over_period', period: '2018/2020' }))).toEqual([2018, 2019, 2020]);
    expect(yearsOf(row({ period: '2018-H2', deadline_year: 2018 }))).toEqual([2018]);
  });
});

describe('judgeTarget', () => {
  it('is met or not met only on a published province figure for exactly that year', () => {
    expect(judge(target(), reported([{ year: 2020, remaining_poor: 0 }])).status).toBe('met');
    const miss = judge(target(), reported([{ year: 2020, remaining_poor: 12 }]));
    expect(miss.status).toBe('not-met');
    expect(miss.outcome?.value).toBe(12);
    expect(miss.evidence.map((f) => f.source?.name)).toEqual(['report-a']);
    expect(judge(target({ comparator: '>=', value: 50 }), reported([{ year: 2020, remaining_poor: 50 }])).status).toBe('met');
    expect(judge(target({ comparator: '<=', value: 5 }), reported([{ year: 2020, remaining_poor: 6 }])).status).toBe('not-met');
  });

  it('says no data when the figure is for another year, and names the latest one for context', () => {
    const check = judge(target(), reported([{ year: 2016, remaining_poor: 500 }, { year: 2017, remaining_poor: 172000 }]));
    expect(check.status).toBe('no-data');
    expect(check.outcome).toBeNull();
    expect(check.latestOther?.value).toBe(172000);
  });

  it('ignores a row where the source gives no value (NP), even when another row of the year exists', () => {
    const rows = reported([{ year: 2020, remaining_poor: null }, { year: 2020, lifted_out: 3 }]);
    expect(judge(target(), rows).status).toBe('no-data');
  });

  it('needs every year of a period before it adds them up', () => {
    const sum = target({ indicator: 'soe_donations', comparator: '>=', value: 100, deadline: '2018/2020', years: [2018, 2019, 2020] });
    expect(judge(sum, reported([{ year: 2018, soe_donations: 60 }, { year: 2020, soe_donations: 60 }])).status).toBe('no-data');
    const all = judge(sum, reported([{ year: 2018, soe_donations: 30 }, { year: 2019, soe_donations: 30 }, { year: 2020, soe_donations: 50 }]));
    expect(all).toMatchObject({ status: 'met', outcome: { value: 110 } });
  });

  it('never judges a target on example figures or on figures of another division', () => {
    const example = figuresFrom('county-example', [{ year: 2020, remaining_poor: 0 }], 'example');
    expect(judge(target(), example).status).toBe('no-data');
    // Even an example dataset under the measured dataset's own name never counts.
    const disguised = figuresFrom(OUTCOMES_DATASET, [{ year: 2020, remaining_poor: 0 }], 'example');
    expect(judge(target(), disguised).status).toBe('no-data');
    const prefecture = figuresFrom(OUTCOMES_DATASET, [{ code: '371700', year: 2020, remaining_poor: 0 }]);
    expect(judge(target(), prefecture).status).toBe('no-data');
  });
});

describe('dueIn', () => {
  it('lists the promises whose deadline ends in the year, never scope entries', () => {
    const list = [target({ id: 'a', deadline: '2018-H2' }), target({ id: 'b', deadline: '2018/2020' }), target({ id: 'c', kind: 'scope', deadline: '2018' })];
    expect(dueIn(list, 2018).map((t) => t.id)).toEqual(['a']);
    expect(dueIn(list, 2020).map((t) => t.id)).toEqual(['b']);
    expect(deadlineYear({ deadline: '2019-end' })).toBe(2019);
  });
});

describe('resolveTargets on a plan-targets row', () => {
  it('reads the row into typed numbers, its sources split on spaces and cited after the tracker’s', () => {
    const entry = TrackerTargetSchema.parse({ id: 'x', planTarget: 'x', kind: 'quantity', promise: { zh: '脱贫', en: 'lift out' }, explainer: 'targets', measuredBy: { dataset: OUTCOMES_DATASET }, sources: ['cpad-shandong'] });
    const planRow = { id: 'x', indicator: 'lifted_out', comparator: 'gte', value: 172000, unit: 'person', deadline_year: 2018, period: '2018', measure: 'year_value', clause: '第一部分', source: 'interpretation-2018 dzrb-2018-02-11', as_written: '17.2万', quote_zh: 'q', summary_en: 's' };
    const { targets, problems } = resolveTargets([entry], [planRow]);
    expect(problems).toEqual([]);
    expect(targets[0]).toMatchObject({ id: 'x', comparator: '>=', value: 172000, unit: 'person', deadline: '2018', clause: '第一部分', asWritten: '17.2万', quote: 'q',
      sources: ['cpad-shandong', 'interpretation-2018', 'dzrb-2018-02-11'], measuredBy: { indicator: 'lifted_out', years: [2018] } });
    expect(resolveTargets([], []).targets).toEqual([]);
    expect(resolveTargets([entry], [{ ...planRow, source: 'nowhere' }]).problems).toEqual([expect.stringContaining('“nowhere”')]);
  });
});
