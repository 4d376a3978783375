import { describe, expect, it } from 'vitest';
import { loadDivisions } from '../../../src/lib/divisions/index.ts';
import { sumGapsOf, sumGapsOfRows } from '../../../src/lib/site-data/sum-gaps.ts';

const entry = {
  indicator: 'registered_poor',
  parent: '370000',
  year: 2015,
  sumOfParts: 2409458,
  parts: 17,
  source: 'dzwww-2016-jzfpsjb',
};

describe('sumGapsOf', () => {
  it('puts the stated total beside what the parts add up to (the end-2015 baseline)', () => {
    const rows = [{ division_code: '370000', year: 2015, registered_poor: 2423821 }];
    expect(sumGapsOf([entry], rows)).toEqual([{ ...entry, stated: 2423821, difference: 14363 }]);
  });
  it('says nothing when the parts add up, or when the parent has no stated figure', () => {
    expect(sumGapsOf([entry], [{ division_code: '370000', year: 2015, registered_poor: 2409458 }])).toEqual([]);
    expect(sumGapsOf([entry], [{ division_code: '370000', year: 2015, registered_poor: null }])).toEqual([]);
    expect(sumGapsOf([entry], [{ division_code: '370000', year: 2016, registered_poor: 1 }])).toEqual([]);
  });
});

describe('sumGapsOfRows', () => {
  const divisions = loadDivisions();
  const heze = ['371702', '371703', '371721', '371722', '371723', '371724', '371725', '371726', '371728'];
  const rows = (parent: number, parts: Array<number | null>) => [
    { division_code: '371700', year: 2019, registered_poor: parent, source: 'a b' },
    ...heze.map((code, i) => ({ division_code: code, year: 2019, registered_poor: parts[i] ?? null })),
  ];
  it('finds a parent whose complete parts add up to something else, naming the parent row’s first source', () => {
    expect(
      sumGapsOfRows(
        rows(
          100,
          heze.map(() => 10),
        ),
        divisions,
        ['registered_poor'],
      ),
    ).toEqual([
      {
        indicator: 'registered_poor',
        parent: '371700',
        year: 2019,
        stated: 100,
        sumOfParts: 90,
        parts: 9,
        difference: 10,
        source: 'a',
      },
    ]);
  });
  it('says nothing when the parts add up, or when a part is missing', () => {
    expect(
      sumGapsOfRows(
        rows(
          90,
          heze.map(() => 10),
        ),
        divisions,
        ['registered_poor'],
      ),
    ).toEqual([]);
    expect(sumGapsOfRows(rows(100, [...heze.slice(1).map(() => 10), null]), divisions, ['registered_poor'])).toEqual(
      [],
    );
  });
});
