import { describe, expect, it } from 'vitest';
import { anyExample, isExample } from '../../../src/lib/site-data/index.ts';
import { dataset } from './fixture.ts';

describe('isExample', () => {
  const official = dataset('official', 'official', []);
  const example = dataset('example', 'example', []);
  it('marks generated datasets, whose figures every page must banner', () => {
    expect([isExample(official), isExample(example)]).toEqual([false, true]);
  });
  it('finds one example dataset among several', () => {
    expect(anyExample([official, example])).toBe(true);
    expect(anyExample([official])).toBe(false);
    expect(anyExample([])).toBe(false);
  });
});
