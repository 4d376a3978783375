import { Resvg } from '@resvg/resvg-js';
import UPNG from 'upng-js';
import { describe, expect, it } from 'vitest';
import { countyPaths, NO_DATA_PATTERN } from '../../../src/lib/geo/index.ts';
import { compactPath } from '../../../src/lib/geo/compact-path.ts';
import { cardSvg } from '../../../src/lib/share/card-svg.ts';
import { mapCardInput, mapImageAlt, mapSvgInput, siteCardInput } from '../../../src/lib/share/map-figure.ts';
import { mapShapes, standaloneMapSvg } from '../../../src/lib/share/map-svg.ts';
import { PNG_INDEXED_COLOUR, pngHeader, pngSize, svgToPng } from '../../../src/lib/share/rasterize.ts';
import { loadSiteData } from '../../../src/lib/site-data/index.ts';
import { indicatorYears } from '../../../src/lib/site-data/pages.ts';

const data = loadSiteData();
const { id, year } = indicatorYears(data).find((p) => p.id === 'registered_poor' && p.year === 2019)!;

describe('standalone map SVG', () => {
  const zh = standaloneMapSvg(mapSvgInput(data, id, year, 'zh-CN', 'https://data.example.org/'));
  const en = standaloneMapSvg(mapSvgInput(data, id, year, 'en', 'https://data.example.org/'));

  it('carries every county path inline, not a reference to a sprite', () => {
    for (const c of countyPaths(year)) expect(zh).toContain(`d="${compactPath(c.d, { unit: 'tenth' })}"`);
    expect(zh).not.toMatch(/<use\b/);
    expect(zh).not.toMatch(/href=/);
  });

  it('says what it shows, where it comes from and that the figures are examples', () => {
    expect(zh).toMatch(/<title>2019 年山东省各县建档立卡贫困人口.*分级设色图<\/title>/);
    expect(zh).toContain('数据来源：');
    expect(zh).toContain('county-example v');
    expect(zh).toContain('地图数字为示例数据，并非真实统计。');
    expect(zh).toContain('https://data.example.org/indicators/registered_poor/2019/');
    expect(en).toContain('The figures on this map are example data, not real statistics.');
    expect(en).toContain('Source: ');
    expect(en).toContain('xml:lang="en"');
  });

  it('draws the key: one swatch per class plus the no-data hatch, which it defines', () => {
    expect(zh).toContain(`<pattern id="${NO_DATA_PATTERN.id}"`);
    const swatches = zh.match(/<rect x="16" y="\d+" width="24" height="16"/g) ?? [];
    const classes = mapSvgInput(data, id, year, 'zh-CN', 'https://x.example/').key.classes.length;
    expect(swatches).toHaveLength(classes + 1);
  });

  it('defines every pattern it fills with, and only those', () => {
    for (const svg of [zh, standaloneMapSvg(mapSvgInput(data, 'relocated', 2019, 'en', 'https://x.example/'))]) {
      const used = new Set([...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]));
      expect(new Set([...svg.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]))).toEqual(used);
    }
  });

  it('draws the same picture as path data in plain units: strokes and no-data hatch scaled to match', () => {
    // Relocation counts exist only for the counties that relocated anyone: the rest are hatched.
    const input = mapSvgInput(data, 'relocated', 2019, 'en', 'https://data.example.org/');
    const en = standaloneMapSvg(input);
    expect(input.counties.filter((c) => c.fill === `url(#${NO_DATA_PATTERN.id})`).length).toBeGreaterThan(10);
    const tenths = mapShapes(input.counties, input.prefectures, true, 'tenth');
    expect(tenths).toMatch(/^<g transform="scale\(\.1\)">/);
    expect(en).toContain(tenths);
    const plain = en.replace(tenths, mapShapes(input.counties, input.prefectures, true));
    const pixels = (svg: string) =>
      new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'zoom', value: 2 } }).render().pixels;
    const [a, b] = [pixels(en), pixels(plain)];
    expect(a.length).toBe(b.length);
    // Anti-aliased edges may differ by a few levels where the rasteriser's arithmetic differs;
    // a wrong stroke width or hatch size would change whole lines of pixels by far more.
    let changed = 0;
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 16) changed++;
    expect(changed).toBe(0);
  });

  it('has a size that holds all its text', () => {
    const height = Number(/height="(\d+)"/.exec(zh)?.[1]);
    const lastBaseline = Math.max(...[...zh.matchAll(/<text x="\d+" y="(\d+)"/g)].map((m) => Number(m[1])));
    expect(lastBaseline).toBeLessThan(height);
  });
});

describe('link-preview pictures', () => {
  const card = mapCardInput(data, id, year);
  const png = svgToPng(cardSvg(card));

  it('renders an indicator-year map as a 1200 × 630 PNG without any text', () => {
    expect(cardSvg(card)).not.toMatch(/<text\b/);
    expect(pngHeader(png)).toMatchObject({ width: 1200, height: 630 });
  });

  it('stores it with a palette (indexed colour), the small kind of PNG', () => {
    expect(pngHeader(png)?.colourType).toBe(PNG_INDEXED_COLOUR);
  });

  it('keeps every class colour of the map exactly, over whole areas', () => {
    const image = UPNG.decode(png.slice().buffer);
    const pixels = new Uint8Array(UPNG.toRGBA8(image)[0]!);
    const counts = new Map<string, number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const hex = `#${[pixels[i]!, pixels[i + 1]!, pixels[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      counts.set(hex, (counts.get(hex) ?? 0) + 1);
    }
    expect(card.classes!.length).toBeGreaterThan(2);
    // Each class's key swatch alone is 120 × 60 px or more, so a colour that survived only at
    // some edges would count far fewer pixels.
    for (const colour of card.classes!) expect(counts.get(colour.toLowerCase()) ?? 0).toBeGreaterThan(5000);
  });

  it('renders the site card at the same size', () => {
    expect(pngSize(svgToPng(cardSvg(siteCardInput(data, 2020))))).toEqual({ width: 1200, height: 630 });
  });

  it('says in the alt text that example figures are examples', () => {
    expect(mapImageAlt('zh-CN', data, id, year)).toContain('示例数据');
    expect(mapImageAlt('en', data, id, year)).toContain('example data');
  });

  it('rejects bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg/> not a png at all'))).toBeNull();
  });
});
