import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/releases/atom.ts';
import { releasesOf } from '../../../src/lib/releases/changes.ts';
import { dataCatalogue } from '../../../src/lib/site-data/catalogue.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const releases = releasesOf(dataCatalogue());

describe('releasesOf: the list /changes/ shows', () => {
  it('lists every release of every dataset, newest first', () => {
    const dates = releases.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(releases.map((r) => r.anchor)).toContain('baseline-2015-prefectures-1.0.0');
    for (const name of ['county-example', 'county-reported', 'plan-targets', 'province-reported'])
      expect(releases.some((r) => r.dataset === name && r.current)).toBe(true);
  });

  it('computes what the 2015 baseline’s 1.1.0 changed from the 1.0.0 copy', () => {
    const r = releases.find((x) => x.anchor === 'baseline-2015-prefectures-1.1.0')!;
    expect(r.previous).toBe('1.0.0');
    const changed = r.tables.flatMap((x) => x.diff.changed);
    expect(changed).toContainEqual(
      expect.objectContaining({
        division: '370100',
        year: 2015,
        indicator: 'registered_poor',
        old: 'NP',
        new: '48974',
      }),
    );
    // 370800 had its people in 1.0.0 already; only its households were added.
    expect(changed.filter((c) => c.division === '370800' && c.indicator !== null).map((c) => c.indicator)).toEqual([
      'registered_poor_households',
    ]);
    const first = releases.find((x) => x.anchor === 'baseline-2015-prefectures-1.0.0')!;
    expect(first.previous).toBeNull();
    expect(first.tables).toEqual([]);
  });
});

describe('/changes/feed.xml', () => {
  const xml = atomFeed(releases, {
    siteUrl: 'https://data.example.org/',
    publisher: 'Publisher',
    title: 'Releases & corrections <test>',
    subtitle: 'sub',
    pages: { zh: '/changes/', en: '/en/changes/' },
    describe: (r) =>
      r.tables.flatMap((x) => x.diff.changed).map((c) => `${c.division} ${c.field}: ${c.old} → ${c.new}`),
  });
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
    xml,
    'application/xml',
  );
  const feed = doc.documentElement!;
  const child = (el: Element, name: string) =>
    Array.from(el.childNodes).filter(
      (n): n is Element =>
        n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM,
    );

  it('is well-formed XML in the Atom namespace', () => {
    expect(errors).toEqual([]);
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
  });

  it('has the elements RFC 4287 requires of a feed: id, title, updated, author, and a self link', () => {
    expect(child(feed, 'id')[0]!.textContent).toMatch(/^tag:data\.example\.org,\d{4}-\d{2}-\d{2}:changes$/);
    expect(child(feed, 'title')[0]!.textContent).toBe('Releases & corrections <test>');
    expect(child(feed, 'updated')[0]!.textContent).toBe(`${releases[0]!.date}T00:00:00Z`);
    expect(child(child(feed, 'author')[0]!, 'name')[0]!.textContent).toBe('Publisher');
    const self = child(feed, 'link').find((l) => l.getAttribute('rel') === 'self')!;
    expect(self.getAttribute('href')).toBe('https://data.example.org/changes/feed.xml');
  });

  it('has one entry per release with a stable tag: id, a date, a link to its anchor and its content', () => {
    const entries = child(feed, 'entry');
    expect(entries).toHaveLength(releases.length);
    const ids = entries.map((e) => child(e, 'id')[0]!.textContent);
    expect(new Set(ids).size).toBe(ids.length);
    const i = releases.findIndex((r) => r.anchor === 'baseline-2015-prefectures-1.1.0');
    const entry = entries[i]!;
    expect(child(entry, 'id')[0]!.textContent).toBe('tag:data.example.org,2026-11-30:baseline-2015-prefectures/1.1.0');
    expect(child(entry, 'updated')[0]!.textContent).toBe('2026-11-30T00:00:00Z');
    expect(child(entry, 'link')[0]!.getAttribute('href')).toBe(
      'https://data.example.org/changes/#baseline-2015-prefectures-1.1.0',
    );
    const content = child(entry, 'content')[0]!;
    expect(content.getAttribute('type')).toBe('html');
    expect(content.textContent).toContain('<li>370100 registered_poor: NP → 48974</li>');
    for (const e of entries) for (const name of ['title', 'updated', 'summary']) expect(child(e, name)).toHaveLength(1);
  });
});
