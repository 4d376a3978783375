import type { changes as zh } from '../zh/changes.ts';

/** English strings: the release list at /en/changes/ and its Atom feed (docs/releases.md). */
export const changes: Record<keyof typeof zh, string> = {
  'changes.title': 'Data releases and corrections',
  'changes.lede':
    'Every change to a published dataset is a release, with a version, a date and a note. The changed values below are computed by comparing the tables of consecutive releases, never written by hand. Newest first.',
  'changes.rule':
    'Versions: a correction raises the patch number (1.1.0 → 1.1.1), new rows or years the minor number (1.2.0), a changed definition the major number (2.0.0).',
  'changes.feed': 'Follow the releases (Atom feed)',
  'changes.bundle': 'Download all data with every release’s tables (zip)',
  'changes.released': 'Released {date}',
  'changes.current': 'current release',
  'changes.superseded': 'superseded',
  'changes.example': 'Example data, not real statistics',
  'changes.first': 'First release: there is no earlier version to compare with.',
  'changes.compared': 'Compared with {version}: {changed} values changed, {added} rows added, {removed} rows removed.',
  'changes.noValues': 'Compared with {version}, no value in the tables changed.',
  'changes.columns': 'Columns added: {added}. Columns removed: {removed}.',
  'changes.none': 'none',
  'changes.caption.changed': 'Values changed in {dataset} {version}',
  'changes.caption.added': 'Rows added in {dataset} {version}',
  'changes.caption.removed': 'Rows removed in {dataset} {version}',
  'changes.col.division': 'Division',
  'changes.col.indicator': 'Indicator or column',
  'changes.col.year': 'Year',
  'changes.col.old': 'Before',
  'changes.col.new': 'After',
  'changes.col.delta': 'Difference',
  'changes.col.values': 'Values',
  'changes.more': '{count} more are not listed here; the full tables of every release are in the zip of all data.',
  'changes.dataset': 'About the dataset, and downloads',
  'changes.link': 'Releases and corrections: what each release changed',
  'changes.link.bundle': 'All data (zip: every data package with the tables of every release)',
  'changes.link.catalog': 'Data catalogue (DCAT-AP, JSON-LD: every file’s URL, size and SHA-256)',
  'changes.feedTitle': 'Shandong poverty-alleviation open data: releases',
  'changes.feedSubtitle': 'Every release of every dataset: version, date, note and the values that changed.',
} as const;
