import type { Lang } from '../i18n/index.ts';
import { changesPath } from '../routes.ts';
import { releaseAnchor } from './changes.ts';

export { changesPath };

/** A dataset release on the list: `/changes/#baseline-2015-prefectures-1.1.0`. */
export const releasePath = (dataset: string, version: string, lang: Lang): string =>
  `${changesPath(lang)}#${releaseAnchor(dataset, version)}`;

/** The Atom feed of every release (one feed, both languages). */
export const FEED_PATH = '/changes/feed.xml';

/** A figure's history on the list: `/changes/#figure-<dataset>-<division>-<indicator>-<year>`. */
export const figureHistoryPath = (anchor: string, lang: Lang): string => `${changesPath(lang)}#${anchor}`;
