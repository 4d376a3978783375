import { describe, expect, it } from 'vitest';
import { sumGapsOf } from '../../../src/lib/site-data/sum-gaps.ts';

const entry = { indicator: 'registered_poor', parent: '370000', year: 2015, sumOfParts: 2409458, parts: 17, source: 'dzwww-2016-jzfpsjb' };

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
