import { describe, expect, it } from 'vitest';
import { checkTarget, figuresOfRows, planTargets, yearsOf, OUTCOMES_DATASET, type PlanTarget } from '../../../src/lib/site-data/index.ts';
import { dataset, obs, siteData } from './fixture.ts';

const target = (over: Partial<PlanTarget> = {}): PlanTarget => ({
  id: 't', indicator: 'remaining_poor', comparator: 'eq', value: 0, unit: 'person', deadlineYear: 2020, period: '2020',
  measure: 'year_value', clause: '第一部分', sources: ['report-a'], asWritten: '消除', quoteZh: '消除', summaryEn: 'none left', ...over,
});

/** Province figures of province-reported, one row per source as in the real dataset. */
const reported = (rows: Array<Record<string, unknown>>) => {
  const d = dataset(OUTCOMES_DATASET, 'official', []);
  return figuresOfRows(d, rows.map((values) => ({ values: { division_code: '370000', source: 'report-a', ...values } as never })));
};

describe('yearsOf', () => {
  it('takes the deadline year, or every year of a YYYY/YYYY period summed over', () => {
    expect(yearsOf(target())).toEqual([2020]);
    expect(yearsOf(target({ measure: 'sum_over_period', period: '2018/2020' }))).toEqual([2018, 2019, 2020]);
    expect(yearsOf(target({ period: '2018-H2', deadlineYear: 2018 }))).toEqual([2018]);
  });
});

describe('checkTarget', () => {
  it('is met or not met only on a published province figure for exactly that year', () => {
    expect(checkTarget(target(), reported([{ year: 2020, remaining_poor: 0 }])).status).toBe('met');
    const miss = checkTarget(target(), reported([{ year: 2020, remaining_poor: 12 }]));
    expect(miss.status).toBe('not-met');
    expect(miss.outcome?.value).toBe(12);
    expect(miss.evidence.map((f) => f.source?.name)).toEqual(['report-a']);
    expect(checkTarget(target({ comparator: 'gte', value: 50 }), reported([{ year: 2020, remaining_poor: 50 }])).status).toBe('met');
    expect(checkTarget(target({ comparator: 'lte', value: 5 }), reported([{ year: 2020, remaining_poor: 6 }])).status).toBe('not-met');
  });

  it('says no data when the figure is for another year, and names the latest one for context', () => {
    const check = checkTarget(target(), reported([{ year: 2016, remaining_poor: 500 }, { year: 2017, remaining_poor: 172000 }]));
    expect(check.status).toBe('no-data');
    expect(check.outcome).toBeNull();
    expect(check.latestOther?.value).toBe(172000);
  });

  it('ignores a row where the source gives no value (NP), even when another row of the year exists', () => {
    const rows = reported([{ year: 2020, remaining_poor: null }, { year: 2020, lifted_out: 3 }]);
    expect(checkTarget(target(), rows).status).toBe('no-data');
  });

  it('needs every year of a period before it adds them up', () => {
    const sum = target({ indicator: 'soe_donations', comparator: 'gte', value: 100, measure: 'sum_over_period', period: '2018/2020' });
    expect(checkTarget(sum, reported([{ year: 2018, soe_donations: 60 }, { year: 2020, soe_donations: 60 }])).status).toBe('no-data');
    const all = checkTarget(sum, reported([{ year: 2018, soe_donations: 30 }, { year: 2019, soe_donations: 30 }, { year: 2020, soe_donations: 50 }]));
    expect(all).toMatchObject({ status: 'met', outcome: { value: 110 } });
  });

  it('never judges a target on example figures or on figures of another division', () => {
    const example = figuresOfRows(dataset('county-example', 'example', []), [{ values: { division_code: '370000', year: 2020, remaining_poor: 0 } }]);
    expect(checkTarget(target(), example).status).toBe('no-data');
    const prefecture = figuresOfRows(dataset(OUTCOMES_DATASET, 'official', []), [{ values: { division_code: '371700', year: 2020, remaining_poor: 0 } }]);
    expect(checkTarget(target(), prefecture).status).toBe('no-data');
  });
});

describe('planTargets', () => {
  it('reads plan-targets rows into typed targets, sources split on spaces', () => {
    const d = dataset('plan-targets', 'official', [], {
      tables: { 'plan-targets': [{ id: 'x', indicator: 'lifted_out', comparator: 'gte', value: 172000, unit: 'person', deadline_year: 2018, period: '2018', measure: 'year_value', clause: '第一部分', source: 'a b', as_written: '17.2万', quote_zh: 'q', summary_en: 's' }] },
    });
    const { targets } = planTargets(siteData([d, dataset('other', 'official', [obs('other', '370000', 2018, { lifted_out: 1 })])]));
    expect(targets).toEqual([{ id: 'x', indicator: 'lifted_out', comparator: 'gte', value: 172000, unit: 'person', deadlineYear: 2018, period: '2018', measure: 'year_value', clause: '第一部分', sources: ['a', 'b'], asWritten: '17.2万', quoteZh: 'q', summaryEn: 's' }]);
    expect(planTargets(siteData([])).targets).toEqual([]);
  });
});
