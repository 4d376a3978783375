/**
 * `/changes/feed.xml`: every release of every dataset as an Atom feed (src/lib/releases/atom.ts),
 * in both languages, dated by the releases themselves.
 */
import type { APIRoute } from 'astro';
import { t } from '../../lib/i18n/index.ts';
import { atomFeed } from '../../lib/releases/atom.ts';
import { releasesOf } from '../../lib/releases/changes.ts';
import { changeLines, type Names } from '../../lib/releases/describe.ts';
import { changesPath } from '../../lib/releases/paths.ts';
import { dataCatalogue } from '../../lib/site-data/catalogue.ts';
import { loadSiteData } from '../../lib/site-data/index.ts';
import { site } from '../../lib/site.ts';

export const GET: APIRoute = ({ site: siteUrl }) => {
  const data = loadSiteData();
  const names: Names = {
    divisions: new Map(data.divisions.map((d) => [d.code, d])),
    indicators: new Map(data.indicators.map((i) => [i.id, i])),
    yearPages: new Set(),
  };
  const xml = atomFeed(releasesOf(dataCatalogue()), {
    siteUrl: siteUrl!.href,
    publisher: `${site.publisherZh} (${site.publisherEn})`,
    title: `${t('zh-CN', 'changes.feedTitle')} / ${t('en', 'changes.feedTitle')}`,
    subtitle: `${t('zh-CN', 'changes.feedSubtitle')} / ${t('en', 'changes.feedSubtitle')}`,
    pages: { zh: changesPath('zh-CN'), en: changesPath('en') },
    describe: (r) =>
      changeLines(
        'zh-CN',
        r.tables.flatMap((x) => x.diff.changed),
        names,
      ),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
