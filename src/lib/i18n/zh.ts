import { site } from './zh/site.ts';
import { explore } from './zh/explore.ts';
import { policy } from './zh/policy.ts';
import { profiles } from './zh/profiles.ts';
import { search } from './zh/search.ts';
import { countyYear } from './zh/county-year.ts';
import { reported } from './zh/reported.ts';
import { figures } from './zh/figures.ts';
import { summary } from './zh/summary.ts';
import { charts } from './zh/charts.ts';
import { compare } from './zh/compare.ts';
import { share } from './zh/share.ts';
import { staff } from './zh/staff.ts';
import { tables } from './zh/tables.ts';
import { changes } from './zh/changes.ts';
import { conventions } from './zh/conventions.ts';

/**
 * Chinese (default language) strings, one file per part of the site under ./zh/. Every key
 * here must exist in en.ts (tests/unit/i18n/dictionaries.test.ts checks both ways).
 */
export const zh = {
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
} as const;
