import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../src/lib/site-data/load.ts';
import { countyYear } from '../../../src/lib/site-data/county-year.ts';
import { datasetsWith } from '../../../src/lib/site-data/indicator-view.ts';
import { publishedFigures } from '../../../src/lib/site-data/published.ts';
import { reportedFigures, reportedFiguresFor, reportedValueText } from '../../../src/lib/site-data/reported-figures.ts';

const data = loadSiteData();

describe('reportedFiguresFor', () => {
  it('gives 巨野县 2018 its five figures as worded, dated and sourced', () => {
    const figures = reportedFiguresFor(data, '371724', 2018);
    expect(figures.map((f) => [f.indicator.id, f.value])).toEqual([
      ['lifted_out_cumulative_stated', 135136],
      ['poverty_incidence_stated', 1.16],
      ['poverty_funds_invested_cumulative', 390000000],
      ['poverty_workshops_built', 271],
      ['industry_beneficiaries_poor', null],
    ]);
    expect(figures[0]).toMatchObject({
      asWorded: '全县累计脱贫135136人',
      referenceDate: '2018-11-10',
      datedByPublication: true,
      periodKind: 'cumulative',
      source: {
        publisher: '菏泽日报',
        published: '2018-11-10',
        url: 'http://epaper.hezeribao.com/shtml/hzrb/20181110/430098.shtml',
      },
      dataset: { name: 'county-reported' },
    });
  });
  it('filters by county and year, oldest first, and gives nothing where nothing was published', () => {
    expect(reportedFiguresFor(data, '371724', 2019)).toEqual([]);
    expect(reportedFiguresFor(data, '371723').map((f) => f.asWorded)).toEqual([
      '建设扶贫车间150个',
      '吸纳就近就业2034人',
      '其中贫困户281人',
    ]);
    expect(reportedFiguresFor(data, '371728', 2020)).toHaveLength(2);
    expect(reportedFiguresFor(data, '370102')).toEqual([]);
    expect(reportedFigures(data)).toHaveLength(10);
  });
});

describe('kept apart from the example data', () => {
  it('never reaches the county-year figures, the wide observations or the published figures', () => {
    const view = countyYear(data, '371724', 2018);
    expect(view.figures.every((f) => f.dataset.name !== 'county-reported')).toBe(true);
    expect(view.datasets.map((d) => d.name)).not.toContain('county-reported');
    expect(data.datasets.find((d) => d.name === 'county-reported')!.observations).toEqual([]);
    expect(publishedFigures(data).some((f) => f.dataset.name === 'county-reported')).toBe(false);
  });
});

describe('reportedValueText', () => {
  const [lifted, incidence, funds, , bound] = reportedFiguresFor(data, '371724', 2018);
  it('keeps every decimal the source printed and the unit of the indicator', () => {
    expect(reportedValueText('zh-CN', incidence!)).toBe('1.16%');
    expect(reportedValueText('en', lifted!)).toBe('135,136 people');
    expect(reportedValueText('zh-CN', lifted!)).toBe('135,136 人');
    expect(reportedValueText('en', funds!)).toMatch(/yuan/);
  });
  it('gives no number for a bound', () => {
    expect(reportedValueText('en', bound!)).toBeNull();
  });
});

describe('datasetsWith', () => {
  it('names county-reported as the dataset of the indicators only its rows hold, and leaves wide tables as they were', () => {
    expect(datasetsWith(data, 'poverty_workshops_built').map((d) => d.name)).toEqual(['county-reported']);
    expect(datasetsWith(data, 'registered_poor').map((d) => d.name)).not.toContain('county-reported');
  });
});
