import { describe, expect, it } from 'vitest';
import { releasesOf, type DatasetRelease } from '../../../src/lib/releases/changes.ts';
import { diffCsvText, type DiffSchema } from '../../../src/lib/releases/diff-values.ts';
import { figureAnchor, figureHistories, figureHistoryIndex } from '../../../src/lib/releases/figure-history.ts';
import { dataCatalogue } from '../../../src/lib/site-data/catalogue.ts';

describe('figure histories of the site’s data', () => {
  const index = figureHistoryIndex(figureHistories(releasesOf(dataCatalogue())));
  const baseline = (division: string, indicator: string) =>
    index.get({ dataset: 'baseline-2015-prefectures', division, indicator, year: 2015 });

  it('gives a figure the 2015 baseline filled in its 1.1.0 release, with old → new, version, date and note', () => {
    const jinan = baseline('370100', 'registered_poor')!;
    expect(jinan.anchor).toBe('figure-baseline-2015-prefectures-370100-registered_poor-2015');
    expect(jinan.revisions).toEqual([
      {
        version: '1.1.0',
        date: '2026-11-30',
        note: expect.objectContaining({ zh: expect.stringContaining('17个市'), en: expect.stringContaining('17') }),
        old: 'NP',
        new: '48974',
        delta: null,
      },
    ]);
  });

  it('gives no history to a figure whose value never changed', () => {
    // 370800's people were in 1.0.0 already; only its households were added in 1.1.0.
    expect(baseline('370800', 'registered_poor')).toBeUndefined();
    expect(baseline('370800', 'registered_poor_households')?.revisions).toHaveLength(1);
    expect(baseline('370000', 'registered_poor')).toBeUndefined();
    expect(index.all.every((h) => h.dataset === 'baseline-2015-prefectures')).toBe(true);
  });
});

describe('figureHistories', () => {
  const schema: DiffSchema = {
    fields: [
      { name: 'division_code', type: 'string' },
      { name: 'year', type: 'integer' },
      { name: 'indicator', type: 'string' },
      { name: 'value', type: 'number' },
      { name: 'source_title', type: 'string' },
    ],
    primaryKey: ['division_code', 'year', 'indicator'],
  };
  const header = 'division_code,year,indicator,value,source_title\n';
  const versions: Array<[string, string, string]> = [
    ['1.0.0', '2026-01-01', '371724,2018,registered_poor,100,A\n371724,2019,registered_poor,50,A\n'],
    ['1.0.1', '2026-02-01', '371724,2018,registered_poor,120,A\n371724,2019,registered_poor,50,B\n'],
    ['1.0.2', '2026-03-01', '371724,2018,registered_poor,NP,A\n371724,2019,registered_poor,50,B\n'],
  ];
  // Newest first, as releasesOf gives them.
  const releases: DatasetRelease[] = versions
    .map(([version, date, rows], i): DatasetRelease => {
      const before = versions[i - 1];
      return {
        dataset: 'county-reported',
        titles: { zh: '县', en: 'County' },
        status: 'official',
        version,
        date,
        note: { zh: `说明 ${version}`, en: `Note ${version}` },
        previous: before ? before[0] : null,
        current: i === versions.length - 1,
        tables: before ? [{ table: 't', diff: diffCsvText(header + before[2], header + rows, schema) }] : [],
        anchor: `county-reported-${version}`,
      };
    })
    .reverse();
  const histories = figureHistories(releases);

  it('lists each release that changed a figure’s value, oldest first', () => {
    expect(histories).toHaveLength(1);
    const [h] = histories;
    expect(h).toMatchObject({
      dataset: 'county-reported',
      division: '371724',
      indicator: 'registered_poor',
      year: 2018,
    });
    expect(h!.revisions.map((r) => [r.version, r.old, r.new, r.delta, r.note.en])).toEqual([
      ['1.0.1', '100', '120', 20, 'Note 1.0.1'],
      ['1.0.2', '120', 'NP', null, 'Note 1.0.2'],
    ]);
  });

  it('does not count a change of the source wording as a change of the figure', () => {
    const index = figureHistoryIndex(histories);
    expect(
      index.get({ dataset: 'county-reported', division: '371724', indicator: 'registered_poor', year: 2019 }),
    ).toBe(undefined);
  });

  it('keys the anchor on dataset, division, indicator and year', () => {
    expect(figureAnchor({ dataset: 'd', division: '370100', indicator: 'x', year: 2015 })).toBe(
      'figure-d-370100-x-2015',
    );
    const other = figureHistoryIndex(histories).get({
      dataset: 'another',
      division: '371724',
      indicator: 'registered_poor',
      year: 2018,
    });
    expect(other).toBeUndefined();
  });
});
