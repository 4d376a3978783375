import { describe, expect, it } from 'vitest';
import { clip, MAX_DESCRIPTION, shareDescription, shareMeta, type ShareInput } from '../../../src/lib/share/meta.ts';

const input: ShareInput = {
  lang: 'zh-CN',
  siteUrl: 'https://data.example.org/',
  siteName: '山东脱贫攻坚三年行动 · 数据公开',
  title: '莒南县 2019 年',
  description: '临沂市莒南县 2019 年脱贫攻坚指标、排名与来源',
  headline: '2019 年底，莒南县还有 59 名建档立卡贫困人口未脱贫（示例数据）。',
  path: '/counties/371327/2019/',
  image: { path: '/share/site.png', width: 1200, height: 630, alt: '山东省地图' },
};
const tags = (i: ShareInput) => new Map(shareMeta(i).map((m) => [m.key, m]));

describe('shareMeta', () => {
  it('gives absolute page and image addresses on the configured site', () => {
    const m = tags(input);
    expect(m.get('og:url')?.content).toBe('https://data.example.org/counties/371327/2019/');
    expect(m.get('og:image')?.content).toBe('https://data.example.org/share/site.png');
    expect(tags({ ...input, siteUrl: 'https://x.example/sub/' }).get('og:url')?.content).toBe(
      'https://x.example/counties/371327/2019/',
    );
  });

  it('marks the language and its alternate in Open Graph form', () => {
    expect(tags(input).get('og:locale')?.content).toBe('zh_CN');
    expect(tags(input).get('og:locale:alternate')?.content).toBe('en_US');
    const en = tags({ ...input, lang: 'en' });
    expect(en.get('og:locale')?.content).toBe('en_US');
    expect(en.get('og:locale:alternate')?.content).toBe('zh_CN');
  });

  it('uses the large-image card and states the picture size and alt text', () => {
    const m = tags(input);
    expect(m.get('twitter:card')?.content).toBe('summary_large_image');
    expect(m.get('og:image:width')?.content).toBe('1200');
    expect(m.get('og:image:height')?.content).toBe('630');
    expect(m.get('og:image:alt')?.content).toBe('山东省地图');
    expect(m.get('og:image')?.attr).toBe('property');
    expect(m.get('twitter:card')?.attr).toBe('name');
  });

  it('puts the headline figure after what the page is, with Chinese punctuation and no space', () => {
    const text = tags(input).get('og:description')?.content;
    expect(text).toBe(`${input.description}。${input.headline}`);
    expect(tags(input).get('description')?.content).toBe(text);
  });

  it('gives X what it reads: the large-image card, and title, text and picture through Open Graph', () => {
    const list = shareMeta(input);
    const m = tags(input);
    expect(new Set(list.map((t) => t.key)).size).toBe(list.length);
    for (const key of ['og:title', 'og:description', 'og:image']) expect(m.get(key)?.content, key).toBeTruthy();
    expect(m.get('twitter:card')?.content).toBe('summary_large_image');
    // X falls back from twitter:title, :description and :image to these og: tags, so a copy adds only bytes.
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image']) expect(m.has(key), key).toBe(false);
    // Its table names no og: fallback for the picture's alt text, so that one stays.
    expect(m.get('twitter:image:alt')?.content).toBe('山东省地图');
  });
});

describe('shareDescription', () => {
  it('joins English sentences with a space', () => {
    expect(shareDescription({ lang: 'en', description: 'Junan County in 2019', headline: 'Down 288.' })).toBe(
      'Junan County in 2019. Down 288.',
    );
  });

  it('adds the example note once, and keeps it when the text is clipped', () => {
    const note = '页面中的数字为示例数据，并非真实统计。';
    expect(shareDescription({ lang: 'zh-CN', description: '某页', exampleNote: note })).toBe(`某页。${note}`);
    expect(shareDescription({ lang: 'zh-CN', description: `某页${note}`, exampleNote: note })).toBe(`某页${note}`);
    const long = shareDescription({ lang: 'zh-CN', description: '长'.repeat(400), exampleNote: note });
    expect(long.endsWith(note)).toBe(true);
    expect([...long].length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });

  it('keeps the headline figure whole and drops the page description when both do not fit', () => {
    const headline = `In 2019, ${'many words '.repeat(20)}were counted.`;
    const text = shareDescription({ lang: 'en', description: 'x'.repeat(200), headline, exampleNote: 'Example.' });
    expect(text).toBe(`${headline} Example.`);
  });

  it('leaves out empty parts', () => {
    expect(shareDescription({ lang: 'en', description: 'A page', headline: '  ' })).toBe('A page.');
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text on a word with an ellipsis', () => {
    expect(clip('short')).toBe('short');
    const cut = clip('word '.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });
});
