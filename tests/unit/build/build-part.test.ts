import { describe, expect, it } from 'vitest';
import { inThisPart, parseBuildPart, WHOLE_SITE } from '../../../src/lib/build-part.ts';
import { inEachLang } from '../../../src/lib/site-data/pages.ts';

describe('BUILD_PART: which pages one build process renders', () => {
  it('reads k/n, and renders the whole site when unset', () => {
    expect(parseBuildPart(undefined)).toEqual(WHOLE_SITE);
    expect(parseBuildPart('')).toEqual(WHOLE_SITE);
    expect(parseBuildPart('2/3')).toEqual({ index: 2, count: 3 });
  });

  it('refuses a part that does not exist, saying what it expects', () => {
    for (const bad of ['0/2', '3/2', '1/0', 'half', '1-2', '-1/2'])
      expect(() => parseBuildPart(bad)).toThrow(/expected k\/n with 1 ≤ k ≤ n/);
  });

  it('gives every entry to exactly one part, in its order, interleaved so each part gets both languages', () => {
    const list = Array.from({ length: 11 }, (_, i) => i);
    const [one, two, three] = [1, 2, 3].map((index) => inThisPart(list, { index, count: 3 }));
    expect([...one!, ...two!, ...three!].sort((a, b) => a - b)).toEqual(list);
    expect(one).toEqual([0, 3, 6, 9]);
    expect(inThisPart(list, WHOLE_SITE)).toEqual(list);
  });

  it('leaves a page without params in one language per part of two', () => {
    const pages = inEachLang([{}]);
    expect(pages).toHaveLength(2); // this process renders the whole site: BUILD_PART is unset in tests
    expect(inThisPart(pages, { index: 1, count: 2 })).toEqual([{ params: { lang: undefined } }]);
    expect(inThisPart(pages, { index: 2, count: 2 })).toEqual([{ params: { lang: 'en' } }]);
  });
});
