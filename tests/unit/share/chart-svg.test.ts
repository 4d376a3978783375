import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n/index.ts';
import { chartFiles, type ChartFile } from '../../../src/lib/share/chart-figure.ts';
import { chartFileName, chartSvgPath } from '../../../src/lib/share/paths.ts';
import { choropleth, loadSiteData } from '../../../src/lib/site-data/index.ts';
import { valueOf } from '../../../src/lib/stats/index.ts';

/**
 * The charts' standalone SVG files: well-formed XML that says what it shows (title), where the
 * figures come from (source with dataset and version, the page's address) and that they are
 * examples when they are; one file per chart a page draws.
 */
const data = loadSiteData();
const SITE = 'https://data.example.org/';
const files = chartFiles(data);
const find = (kind: ChartFile['kind'], key: string) => files.find((f) => f.kind === kind && f.key === key)!;

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
    svg,
    'image/svg+xml',
  );
  const root = doc.documentElement!;
  const texts = [...root.getElementsByTagName('text')].map((n) => n.textContent ?? '');
  return {
    errors,
    root,
    title: root.getElementsByTagName('title')[0]?.textContent ?? '',
    text: texts.join('\n'),
    count: (tag: string) => root.getElementsByTagName(tag).length,
  };
}

const cases = [
  { kind: 'strip', key: 'registered_poor-2019', page: 'indicators/registered_poor/2019/', title: /2019/ },
  { kind: 'change', key: 'registered_poor-2018-2020', page: 'indicators/registered_poor/', title: /2018.*2020/ },
  { kind: 'trends', key: '371327', page: 'counties/371327/', title: /莒南县|Junan/ },
] as const;

describe('standalone chart SVGs', () => {
  for (const { kind, key, page, title } of cases) {
    for (const [lang, source, prefix] of [
      ['zh-CN', '数据来源：', ''],
      ['en', 'Source: ', 'en/'],
    ] as const) {
      it(`${chartSvgPath(kind, key, lang)} is valid XML with its title, source, release, address and example notice`, () => {
        const svg = find(kind, key).svg(lang, SITE)!;
        const doc = parse(svg);
        expect(doc.errors).toEqual([]);
        expect(doc.root.namespaceURI).toBe('http://www.w3.org/2000/svg');
        expect(doc.root.getAttribute('xml:lang')).toBe(lang);
        expect(doc.title).toMatch(title);
        expect(doc.text).toContain(doc.title.slice(0, 8));
        expect(doc.text).toContain(source);
        expect(doc.text.replace(/\n/g, ' ')).toMatch(/county-example\s+v\d+\.\d+\.\d+/);
        expect(doc.text.replace(/\s/g, '')).toContain(t(lang, 'chart.example').replace(/\s/g, ''));
        expect(doc.text.replace(/\n/g, '')).toContain(`${SITE}${prefix}${page}`);
        // Self-contained: nothing is fetched from outside the file.
        expect(svg).not.toMatch(/\bhref=|<image\b|<use\b/);
        // Every pattern it fills with is defined in it, and none is defined that nothing uses.
        const used = new Set([...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]));
        expect(new Set([...svg.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]))).toEqual(used);
        const width = Number(doc.root.getAttribute('width'));
        const height = Number(doc.root.getAttribute('height'));
        expect(width).toBeGreaterThan(300);
        const baselines = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
        expect(Math.max(...baselines)).toBeLessThan(height);
      });
    }
  }

  it('draws one dot per county with a figure in the strip chart, in the map colour of its class', () => {
    const map = choropleth(data, 'registered_poor', 2019)!;
    const withFigure = map.observations.filter((o) => valueOf(o, 'registered_poor') != null);
    const doc = parse(find('strip', 'registered_poor-2019').svg('zh-CN', SITE)!);
    const dots = [...doc.root.getElementsByTagName('circle')];
    expect(dots).toHaveLength(withFigure.length);
    for (const dot of dots) expect(dot.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("draws the county's panels with both median lines and a key that names all three lines", () => {
    const doc = parse(find('trends', '371327').svg('zh-CN', SITE)!);
    expect(doc.count('path')).toBeGreaterThanOrEqual(3 * 2);
    expect(doc.text).toContain('全省县级中位数');
    expect(doc.text).toContain('临沂市县级中位数');
  });

  it('lists each chart once, only where a page draws it, under download names that never clash', () => {
    const keys = files.map((f) => `${f.kind}/${f.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of files) expect(f.svg('en', SITE)).not.toBeNull();
    expect(chartFileName('strip', 'registered_poor-2019', 'png')).toBe('shandong-registered_poor-2019-strip.png');
    expect(new Set(files.map((f) => chartFileName(f.kind, f.key, 'svg'))).size).toBe(files.length);
  });
});
