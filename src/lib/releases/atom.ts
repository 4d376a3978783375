import type { DatasetRelease } from './changes.ts';

/**
 * `/changes/feed.xml`: the releases as an Atom feed (RFC 4287,
 * https://www.rfc-editor.org/rfc/rfc4287). Entry ids are tag URIs (RFC 4151) minted from the
 * site's host, the release date and `<dataset>/<version>`: none of these change once a release
 * is out, so a feed reader never sees an old release as new. Dates are the release dates at
 * 00:00 UTC (RFC 3339 date-times, §3.3), never the build time, so builds are repeatable.
 * Bilingual: each entry carries the Chinese text first, then the English.
 */
export interface FeedOptions {
  /** Absolute site address, e.g. `https://example.org/`. */
  siteUrl: string;
  publisher: string;
  title: string;
  subtitle: string;
  /** Paths of the change pages in each language (for `alternate` links). */
  pages: { zh: string; en: string };
  /** A changed value written for the entry's content, e.g. `济南市 registered_poor 2015：NP → 48,974`. */
  describe(release: DatasetRelease): string[];
}

/** Most changed values written into one entry; the page lists them all. */
export const FEED_VALUES = 50;

export function atomFeed(releases: readonly DatasetRelease[], o: FeedOptions): string {
  const url = (path: string) => new URL(path, o.siteUrl).href;
  const host = new URL(o.siteUrl).hostname;
  const first = releases.map((r) => r.date).sort()[0] ?? '2026-11-28';
  const updated =
    releases
      .map((r) => r.date)
      .sort()
      .at(-1) ?? first;
  const entries = releases.map((r) => {
    const lines = o.describe(r);
    const shown = lines.slice(0, FEED_VALUES);
    const more = lines.length - shown.length;
    const html =
      `<p>${esc(r.note.zh)}</p><p lang="en">${esc(r.note.en)}</p>` +
      (shown.length > 0 ? `<ul>${shown.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : '') +
      (more > 0 ? `<p>… +${more}</p>` : '');
    return [
      '  <entry>',
      `    <id>${esc(`tag:${host},${r.date}:${r.dataset}/${r.version}`)}</id>`,
      `    <title>${esc(`${r.titles.zh} ${r.version} / ${r.titles.en} ${r.version}`)}</title>`,
      `    <updated>${r.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${esc(url(`${o.pages.zh}#${r.anchor}`))}"/>`,
      `    <link rel="alternate" type="text/html" hreflang="en" href="${esc(url(`${o.pages.en}#${r.anchor}`))}"/>`,
      `    <category term="${esc(r.dataset)}"/>`,
      `    <summary>${esc(`${r.note.zh} / ${r.note.en}`)}</summary>`,
      `    <content type="html">${esc(html)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${esc(`tag:${host},${first}:changes`)}</id>`,
    `  <title>${esc(o.title)}</title>`,
    `  <subtitle>${esc(o.subtitle)}</subtitle>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${esc(o.publisher)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(url('/changes/feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(url(o.pages.zh))}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="en" href="${esc(url(o.pages.en))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** XML text and attribute escaping (the five predefined entities). */
function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
