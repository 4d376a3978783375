import { expect, it, vi } from 'vitest';
import { citableFrom, gbt7714, plainCitation } from '../../src/lib/cite.ts';

const page = {
  title: '莱芜区 2019 年脱贫攻坚数据',
  url: 'https://example.org/counties/370116/2019/',
  updated: '2026-11-28',
  accessed: '2026-11-30',
  publisher: '山东脱贫攻坚数据公开项目',
  releases: [{ name: 'county-example', version: '1.0.0', published: '2026-11-28' }],
};

it('follows the GB/T 7714 order: author. title[type]. release. (updated)[accessed]. URL.', () => {
  expect(gbt7714(page)).toBe(
    '山东脱贫攻坚数据公开项目. 莱芜区 2019 年脱贫攻坚数据[DS/OL]. county-example v1.0.0 (2026-11-28). (2026-11-28)[2026-11-30]. https://example.org/counties/370116/2019/.',
  );
});

it('names each dataset with its version and release date in the plain citation, in the reader’s language', () => {
  expect(plainCitation('en', page)).toContain('data: county-example v1.0.0, released 2026-11-28, updated');
  expect(plainCitation('zh-CN', page)).toContain('数据：county-example v1.0.0，发布于 2026-11-28，更新于');
  expect(plainCitation('zh-CN', page)).toContain('访问于 2026-11-30');
});

const releases = [
  { name: 'province-reported', version: '1.0.0', published: '2026-11-28' },
  { name: 'county-example', version: '1.2.0', published: '2026-12-03' },
];
const where = {
  title: '莱芜区 2019 年脱贫攻坚数据',
  url: 'https://example.org/counties/370116/2019/',
  publisher: '山东脱贫攻坚数据公开项目',
};

it('dates a citation from the newest release it draws on, in both brackets', () => {
  const c = citableFrom(where, releases);
  expect([c.updated, c.accessed]).toEqual(['2026-12-03', '2026-12-03']);
  expect(gbt7714(c)).toContain(
    '[DS/OL]. province-reported v1.0.0 (2026-11-28); county-example v1.2.0 (2026-12-03). (2026-12-03)[2026-12-03]',
  );
  expect(plainCitation('zh-CN', c)).toContain(
    '数据：province-reported v1.0.0，发布于 2026-11-28；county-example v1.2.0，发布于 2026-12-03，',
  );
});

it('cites the same date whatever day the page is built', () => {
  vi.useFakeTimers();
  try {
    vi.setSystemTime(new Date('2027-01-01T00:00:00Z'));
    const first = gbt7714(citableFrom(where, releases));
    vi.setSystemTime(new Date('2031-06-15T12:00:00Z'));
    expect(gbt7714(citableFrom(where, releases))).toBe(first);
    expect(first).not.toMatch(/2027|2031/);
  } finally {
    vi.useRealTimers();
  }
});
