import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/lib/releases/describe.ts';

describe('cellText', () => {
  const note = '全省合计如来源所述（见 reportedSums）。 / Province totals as stated (see reportedSums).';

  it('shows the part of a bilingual note in the page language', () => {
    expect(cellText('zh-CN', note)).toBe('全省合计如来源所述（见 reportedSums）。');
    expect(cellText('en', note)).toBe('Province totals as stated (see reportedSums).');
  });

  it('spells out missing-value codes and groups numbers', () => {
    expect(cellText('en', 'NP')).toMatch(/\(NP\)$/);
    expect(cellText('zh-CN', 'NP')).toMatch(/（NP）$/);
    expect(cellText('en', '2423821')).toBe('2,423,821');
    expect(cellText('en', '')).toBe('—');
  });
});
