import type { zh } from './zh.ts';
import { site } from './en/site.ts';
import { explore } from './en/explore.ts';
import { policy } from './en/policy.ts';
import { profiles } from './en/profiles.ts';
import { search } from './en/search.ts';
import { countyYear } from './en/county-year.ts';
import { reported } from './en/reported.ts';
import { figures } from './en/figures.ts';
import { summary } from './en/summary.ts';
import { charts } from './en/charts.ts';
import { compare } from './en/compare.ts';
import { share } from './en/share.ts';
import { staff } from './en/staff.ts';
import { tables } from './en/tables.ts';
import { changes } from './en/changes.ts';
import { conventions } from './en/conventions.ts';

/** English strings, one file per part of the site under ./en/; the type forces exactly the Chinese keys. */
export const en: Record<keyof typeof zh, string> = {
  ...site,
  ...explore,
  ...policy,
  ...profiles,
  ...countyYear,
  ...reported,
  ...search,
  ...figures,
  ...summary,
  ...charts,
  ...compare,
  ...share,
  ...staff,
  ...tables,
  ...changes,
  ...conventions,
};
