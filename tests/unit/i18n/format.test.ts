import { describe, expect, it } from 'vitest';
import { changeBetween } from '../../../src/lib/stats/change.ts';
import {
  classLabel,
  formatChange,
  formatExact,
  formatRange,
  formatValue,
  missingLabel,
} from '../../../src/lib/i18n/format.ts';

describe('figures', () => {
  it('formats figures with grouping and the unit in each language', () => {
    expect(formatValue('zh-CN', 12345, 'person')).toBe('12,345 人');
    expect(formatValue('en', 12345, 'person')).toBe('12,345 people');
    expect(formatValue('en', 1, 'village')).toBe('1 village');
    expect(formatValue('en', -1, 'household')).toBe('-1 household');
    expect(formatValue('en', 12.345, 'percent')).toBe('12.3%');
  });

  it('shows large amounts in the units readers count in', () => {
    expect(formatValue('zh-CN', 5_932_000_000, 'yuan')).toBe('59.32 亿元');
    expect(formatValue('zh-CN', 150_000_000, 'yuan')).toBe('1.5 亿元');
    expect(formatValue('zh-CN', 135_000, 'person')).toBe('13.5 万人');
    expect(formatValue('zh-CN', 2_423_821, 'person')).toBe('242.4 万人');
    expect(formatValue('zh-CN', 99_999, 'person')).toBe('99,999 人');
    expect(formatValue('en', 5_932_000_000, 'yuan')).toBe('5.93 billion yuan');
    expect(formatValue('en', 2_423_821, 'person')).toBe('2.42 million people');
    expect(formatValue('en', 135_000, 'person')).toBe('135,000 people');
    expect(formatValue('zh-CN', 150_000, 'percent')).toBe('150,000%');
  });

  it('keeps the exact figure for titles and notes', () => {
    expect(formatExact('zh-CN', 5_932_000_000, 'yuan')).toBe('5,932,000,000 元');
    expect(formatExact('en', 2_423_821, 'person')).toBe('2,423,821 people');
  });

  it('names the reason a figure is missing', () => {
    expect(missingLabel('zh-CN', 'NP')).toBe('未公布');
    expect(missingLabel('en', 'NA')).toBe('not applicable');
    expect(missingLabel('en', 'absent')).toBe('no data');
  });
});

describe('changes', () => {
  it('states a change of a rate in percentage points, never as a percent', () => {
    expect(formatChange('zh-CN', changeBetween(39.9, 48.6)!, 'percent')).toBe('+8.7 个百分点');
    expect(formatChange('en', changeBetween(39.9, 48.6)!, 'percent')).toBe('+8.7 percentage points');
    expect(formatChange('zh-CN', changeBetween(0.2, 0.1)!, 'percent')).toBe('-0.1 个百分点');
    expect(formatChange('en', changeBetween(2, 3)!, 'percent')).toBe('+1 percentage point');
    expect(formatChange('en', changeBetween(3, 3)!, 'percent')).toBe('0 percentage points');
  });

  it('signs a count change and adds its relative change, labelled by brackets in each language', () => {
    expect(formatChange('zh-CN', changeBetween(347, 59)!, 'person')).toBe('-288 人（-83%）');
    expect(formatChange('en', changeBetween(200, 250)!, 'person')).toBe('+50 people (+25%)');
    expect(formatChange('en', changeBetween(0, 1)!, 'village')).toBe('+1 village');
    expect(formatChange('zh-CN', changeBetween(100_000_000, 250_000_000)!, 'yuan')).toBe('+1.5 亿元（+150%）');
  });
});

describe('ranges and map keys', () => {
  it("puts one unit after a range that shares it, with each language's dash", () => {
    expect(formatRange('zh-CN', 1, 3, 'person')).toBe('1～3 人');
    expect(formatRange('en', 1, 3, 'person')).toBe('1–3 people');
    expect(formatRange('en', 0, 1, 'village')).toBe('0–1 villages');
    expect(formatRange('zh-CN', 2, 2, 'person')).toBe('2 人');
    expect(formatRange('zh-CN', 50_000, 135_000, 'person')).toBe('50,000 人～13.5 万人');
  });

  it('words the top class "or more" and a one-value class as that value', () => {
    expect(classLabel('zh-CN', { low: 13, high: 40, bottom: false, top: true }, 'person')).toBe('13 人及以上');
    expect(classLabel('en', { low: 13, high: 40, bottom: false, top: true }, 'person')).toBe('13 people or more');
    expect(classLabel('zh-CN', { low: 0, high: 0, bottom: true, top: false }, 'person')).toBe('0 人');
    expect(classLabel('zh-CN', { low: 0, high: 9, bottom: true, top: true }, 'person')).toBe('0～9 人');
  });
});
