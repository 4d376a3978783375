import { divisionByCode, predecessorsOf, successorsOf } from '../divisions/index.ts';
import type { Division } from '../schemas/division.ts';

/** One division that took over from an ended one, with where it sits and who else merged into it. */
export interface SuccessorLink {
  division: Division;
  /** Its prefecture (济南市 for 莱芜区, which moved there from 莱芜市). */
  prefecture: Division | undefined;
  /** Other ended divisions that became this one too (长岛县 beside 蓬莱市 → 蓬莱区). */
  partners: Division[];
}

/** What an ended division became, when, and by which approval (the registry's own words). */
export interface Succession {
  division: Division;
  /** First day no longer in force (the approval date). */
  ended: string;
  document: string | null;
  successors: SuccessorLink[];
}

/** Null for a division still in force at the end of 2020. */
export function successionOf(divisions: readonly Division[], code: string): Succession | null {
  const division = divisionByCode(divisions, code);
  if (!division?.validTo) return null;
  return {
    division,
    ended: division.validTo,
    document: division.changeDocument,
    successors: successorsOf(divisions, code).map((s) => ({
      division: s,
      prefecture: s.parent ? divisionByCode(divisions, s.parent) : undefined,
      partners: predecessorsOf(divisions, s.code).filter((p) => p.code !== code && p.level === division.level),
    })),
  };
}
