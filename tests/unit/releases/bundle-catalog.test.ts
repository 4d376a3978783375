import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleZip } from '../../../src/lib/site-data/bundle.ts';
import { catalogJson } from '../../../src/lib/site-data/catalog-json.ts';
import { bundleFiles, catalogueFiles, dataCatalogue } from '../../../src/lib/site-data/catalogue.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const NEWEST = '2026-11-30';

describe('/data/all.zip', () => {
  const files = bundleFiles();
  const zip = bundleZip(files, NEWEST);

  it('holds every file of every package and every release copy, byte for byte, in sorted order', () => {
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    expect(names).toEqual([...names].sort());
    for (const f of catalogueFiles()) expect(names).toContain(f.file);
    expect(names).toContain('datasets/baseline-2015-prefectures/releases/1.0.0/baseline-2015-prefectures.csv');
    expect(names).toContain('datasets/baseline-2015-prefectures/datapackage.json');
    expect(names).toContain('divisions/divisions.csv');
    for (const name of names) expect(sha256(entries[name]!)).toBe(sha256(readFileSync(`data/${name}`)));
  });

  it('gives the same bytes on every run, and in every time zone', () => {
    expect(sha256(bundleZip(bundleFiles(), NEWEST))).toBe(sha256(zip));
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const east = bundleZip(files, NEWEST);
      process.env.TZ = 'America/Los_Angeles';
      expect(sha256(bundleZip(files, NEWEST))).toBe(sha256(east));
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('dates every entry with the newest release, not the clock (DOS date field of each local header)', () => {
    // Local file header: signature PK\3\4, then version, flags, method, time (offset 10), date (offset 12).
    const view = new DataView(zip.buffer, zip.byteOffset);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 11, 30]);
    expect(view.getUint16(10, true)).toBe(0);
  });
});

describe('/data/catalog.json (DCAT-AP in JSON-LD)', () => {
  const entries = dataCatalogue();
  const catalog = catalogJson(entries, {
    siteUrl: 'https://data.example.org/',
    bundle: { path: '/data/all.zip', bytes: 10, sha256: 'ab' },
  }) as Record<string, any>;
  const dataset = (id: string) => catalog['dcat:dataset'].find((d: any) => d['dct:identifier'] === id);

  it('is a dcat:Catalog listing every package as a dcat:Dataset', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    expect(catalog['dcat:dataset'].map((d: any) => d['dct:identifier'])).toEqual(entries.map((e) => e.name));
    expect(catalog['dcat:distribution'][0]['dcat:downloadURL']['@id']).toBe('https://data.example.org/data/all.zip');
  });

  it('gives each dataset its titles, version, status, licence and sources', () => {
    const d = dataset('baseline-2015-prefectures');
    expect(d['@type']).toBe('dcat:Dataset');
    expect(d['dct:title']).toEqual([
      { '@language': 'zh-CN', '@value': '2015年底建档立卡贫困人口（分市）' },
      { '@language': 'en', '@value': 'Registered poor at the end of 2015, by prefecture' },
    ]);
    expect(d['dcat:version']).toBe('1.1.0');
    expect(d['dct:modified']['@value']).toBe('2026-11-30');
    expect(d['dct:issued']['@value']).toBe('2026-11-28');
    expect(d['adms:status']).toBe('official');
    expect(dataset('county-example')['adms:status']).toBe('example');
    expect(d['dct:license'][0]['@id']).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(d['dct:source'].map((s: any) => s['dct:identifier'])).toEqual(['dzwww-2016-jzfpsjb']);
  });

  it('gives each resource its URL, size and SHA-256, equal to the bytes served under /data/', () => {
    for (const e of entries) {
      const distributions = dataset(e.name)['dcat:distribution'];
      expect(distributions).toHaveLength(e.resources.length + 1);
      for (const dist of distributions) {
        const url = dist['dcat:downloadURL']['@id'] as string;
        expect(url.startsWith('https://data.example.org/data/')).toBe(true);
        const bytes = readFileSync(`data/${url.slice('https://data.example.org/data/'.length)}`);
        expect(dist['dcat:byteSize']['@value']).toBe(String(bytes.length));
        expect(dist['spdx:checksum']['spdx:checksumValue']).toBe(sha256(bytes));
      }
    }
    const csv = dataset('plan-targets')['dcat:distribution'][0];
    expect(csv['dcat:mediaType']['@id']).toBe('https://www.iana.org/assignments/media-types/text/csv');
  });
});
