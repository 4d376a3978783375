import { expect, it } from 'vitest';
import { gbt7714, plainCitation } from '../../src/lib/cite.ts';

const page = {
  title: '莱芜区 2019 年脱贫攻坚数据', url: 'https://example.org/counties/370116/2019/', updated: '2026-11-28',
  accessed: '2026-11-30', publisher: '山东脱贫攻坚数据公开项目', datasets: ['county-example v1.0.0'],
};

it('follows the GB/T 7714 order: author. title[type]. (updated)[accessed]. URL.', () => {
  expect(gbt7714(page)).toBe('山东脱贫攻坚数据公开项目. 莱芜区 2019 年脱贫攻坚数据[DS/OL]. (2026-11-28)[2026-11-30]. https://example.org/counties/370116/2019/.');
});

it('names the datasets and versions in the plain citation', () => {
  expect(plainCitation('en', page)).toContain('county-example v1.0.0');
  expect(plainCitation('zh-CN', page)).toContain('访问于 2026-11-30');
});
