import { expect, it } from 'vitest';
import { formatValue, missingLabel } from '../../src/lib/i18n/format.ts';

it('formats figures with grouping and the unit in each language', () => {
  expect(formatValue('zh-CN', 2423821, 'person')).toBe('2,423,821 人');
  expect(formatValue('en', 2423821, 'person')).toBe('2,423,821 people');
  expect(formatValue('en', 1, 'village')).toBe('1 village');
  expect(formatValue('en', -1, 'household')).toBe('-1 household');
  expect(formatValue('en', 12.345, 'percent')).toBe('12.3%');
});

it('names the reason a figure is missing', () => {
  expect(missingLabel('zh-CN', 'NP')).toBe('未公布');
  expect(missingLabel('en', 'NA')).toBe('not applicable');
  expect(missingLabel('en', 'absent')).toBe('no data');
});
