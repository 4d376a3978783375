import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resolveTargets, type ResolvedTarget } from '../../../src/lib/content/resolve-targets.ts';
import { TrackerTargetSchema } from '../../../src/lib/content/schemas.ts';
import { countStatuses, findOutcome, satisfies, targetStatus, type PublishedValue } from '../../../src/lib/content/target-status.ts';
import { readPackage } from '../../../src/lib/data/read-package.ts';

const entries = (parse(readFileSync('content/targets/targets.yaml', 'utf8')) as unknown[]).map((t) => TrackerTargetSchema.parse(t));
const planRows = readPackage('data/datasets/plan-targets').resources.flatMap((r) => r.rows.map((row) => row.values));
const { targets, problems } = resolveTargets(entries, planRows);

/**
 * The table "Every target and its part" in docs/policy-guide.md: every
 * figure the interpretation gives, as value + unit (+ comparator for promises) + period.
 */
const PUBLISHED: Array<{ id: string; value?: number; unit?: string; comparator?: string; deadline: string; kind: string }> = [
  { id: 'lift-out-2018', value: 172000, unit: 'person', comparator: '>=', deadline: '2018', kind: 'quantity' },
  { id: 'lift-out-national-2018', value: 81000, unit: 'person', comparator: '>=', deadline: '2018', kind: 'quantity' },
  { id: 'consolidate-supported', value: 2531000, unit: 'person', deadline: '2018', kind: 'scope' },
  { id: 'key-villages-register', value: 7005, unit: 'village', deadline: '2018', kind: 'scope' },
  { id: 'key-villages-exit-2018', value: 0, unit: 'village', deadline: '2018', kind: 'quantity' },
  { id: 'work-villages-2018', value: 2000, unit: 'village', comparator: '>=', deadline: '2018', kind: 'quantity' },
  { id: 'heavy-task-counties', value: 20, unit: 'county', deadline: '2018/2020', kind: 'scope' },
  { id: 'key-townships', value: 200, unit: 'township', deadline: '2018/2020', kind: 'scope' },
  { id: 'focus-prefectures', value: 2, unit: 'prefecture', deadline: '2018/2020', kind: 'scope' },
  { id: 'houses-2018', value: 23000, unit: 'household', comparator: '>=', deadline: '2018-H2', kind: 'quantity' },
  { id: 'relocation-2018', value: 100, unit: 'percent', comparator: '>=', deadline: '2018-end', kind: 'quantity' },
  { id: 'centralised-care-2020', value: 50, unit: 'percent', comparator: '>=', deadline: '2020', kind: 'quantity' },
  { id: 'soe-donations-2018-2020', value: 100000000, unit: 'yuan', comparator: '>=', deadline: '2018/2020', kind: 'quantity' },
  { id: 'empty-shell-2020', value: 0, unit: 'village', deadline: '2020', kind: 'quantity' },
  { id: 'cadre-training-2019', value: 100, unit: 'percent', comparator: '>=', deadline: '2019-end', kind: 'quantity' },
  { id: 'leader-days', value: 5, unit: 'days-per-month', comparator: '>=', deadline: '2018/2020', kind: 'quantity' },
  { id: 'county-assessments', value: 2, unit: 'assessments-per-year', comparator: '<=', deadline: '2018/2020', kind: 'quantity' },
  { id: 'self-assessment-2019', deadline: '2019-end', kind: 'milestone' },
  { id: 'rectification-2020', deadline: '2020-H1', kind: 'milestone' },
  { id: 'acceptance-2020', deadline: '2020-H2', kind: 'milestone' },
  { id: 'report-2020', deadline: '2020-end', kind: 'milestone' },
];

const byId = new Map<string, ResolvedTarget>(targets.map((t) => [t.id, t]));

describe('targets tracker', () => {
  it('joins with the plan-targets dataset without problems: every row named once, every name a row', () => {
    expect(problems).toEqual([]);
    expect(entries.filter((e) => e.planTarget).length).toBe(planRows.length);
  });

  for (const expected of PUBLISHED) {
    it(`has ${expected.id} from the published list`, () => {
      const target = byId.get(expected.id);
      expect(target).toBeDefined();
      expect(target).toMatchObject(expected);
      expect(target!.promise.zh).toBeTruthy();
      expect(target!.promise.en).toBeTruthy();
    });
  }

  it('does not repeat numbers that plan-targets carries', () => {
    for (const e of entries.filter((x) => x.planTarget)) expect([e.value, e.comparator, e.unit, e.deadline, e.clause]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('counts a target as met only when a published figure shows it: today none is', () => {
    const counts = countStatuses(targets.filter((t) => t.kind !== 'scope').map((t) => targetStatus(t, null)));
    expect(counts.met).toBe(0);
  });
});

describe('status is computed from the published outcome', () => {
  const atLeast = { kind: 'quantity' as const, value: 50, comparator: '>=' as const };
  const atMost = { kind: 'quantity' as const, value: 0, comparator: '<=' as const };
  const outcome = (value: number) => ({ value, dataset: 'province-reported', years: [2020] });

  it('met, not met and no data', () => {
    expect(targetStatus(atLeast, outcome(50))).toBe('met');
    expect(targetStatus(atLeast, outcome(49.9))).toBe('not-met');
    expect(targetStatus(atLeast, null)).toBe('no-data');
    expect(targetStatus(atLeast, outcome(Number.NaN))).toBe('no-data');
    expect(targetStatus(atMost, outcome(0))).toBe('met');
    expect(targetStatus(atMost, outcome(3))).toBe('not-met');
    expect(targetStatus({ kind: 'milestone' }, outcome(1))).toBe('met');
    expect(targetStatus({ kind: 'milestone' }, outcome(0))).toBe('not-met');
    expect(() => targetStatus({ kind: 'scope' }, null)).toThrow();
  });

  it('equality tolerates float rounding only', () => {
    expect(satisfies(0.1 + 0.2, '=', 0.3)).toBe(true);
    expect(satisfies(0.31, '=', 0.3)).toBe(false);
  });

  it('finds the outcome of one year, or the sum over several only when every year is published', () => {
    const rows: PublishedValue[] = [
      { dataset: 'province-reported', indicator: 'soe_donations', division: '370000', year: 2018, value: 30_000_000 },
      { dataset: 'province-reported', indicator: 'soe_donations', division: '370000', year: 2019, value: 40_000_000 },
      { dataset: 'province-reported', indicator: 'soe_donations', division: '370000', year: 2020, value: 35_000_000 },
      { dataset: 'province-reported', indicator: 'lifted_out', division: '370000', year: 2018, value: null },
    ];
    const measure = { dataset: 'province-reported', indicator: 'soe_donations', division: '370000', years: [2018, 2019, 2020] };
    expect(findOutcome(measure, rows)?.value).toBe(105_000_000);
    expect(findOutcome(measure, rows.slice(1))).toBeNull();
    expect(findOutcome({ ...measure, indicator: 'lifted_out', years: [2018] }, rows)).toBeNull();
    expect(findOutcome(null, rows)).toBeNull();
  });

  it('the real tracker: targets with no published figure for their measure read no data', () => {
    // The published end-2018 figures are cumulative (lifted_out_cumulative), not the 2018 measure.
    const published: PublishedValue[] = [{ dataset: 'province-reported', indicator: 'lifted_out_cumulative', division: '370000', year: 2018, value: 2_516_000 }];
    const lift = byId.get('lift-out-2018')!;
    expect(lift.measuredBy).toEqual({ dataset: 'province-reported', division: '370000', indicator: 'lifted_out', years: [2018] });
    expect(targetStatus(lift, findOutcome(lift.measuredBy, published))).toBe('no-data');
    const donations = byId.get('soe-donations-2018-2020')!;
    expect(donations.measuredBy?.years).toEqual([2018, 2019, 2020]);
  });
});
