import { closest } from '../data/suggest.ts';
import type { Division } from '../schemas/division.ts';

// Indexes of frozen registries (as `loadDivisions` and `readDivisions` return), built once and
// dropped with the array. A mutable array could change after indexing, so it is searched directly.
const indexes = new WeakMap<readonly Division[], Map<string, Division>>();

/** The registry row with this code, or `undefined` when the registry has no such code. */
export function divisionByCode(divisions: readonly Division[], code: string): Division | undefined {
  if (!Object.isFrozen(divisions)) return divisions.find((d) => d.code === code);
  let index = indexes.get(divisions);
  if (index === undefined) {
    index = new Map(divisions.map((d) => [d.code, d]));
    indexes.set(divisions, index);
  }
  return index.get(code);
}

/** `370116 莱芜区`: how a division is named in the validator's messages. */
export const codeAndName = (d: Division): string => `${d.code} ${d.nameZh}`;

/**
 * The registry rows a mistyped code or a name probably meant: an exact name match (staff
 * sometimes type 莱芜区 instead of its code), else the code itself, else up to three codes one
 * edit away.
 */
export function suggestDivisions(divisions: readonly Division[], written: string): Division[] {
  const t = written.trim();
  const byName = divisions.filter((d) => d.nameZh === t || d.nameEn.toLowerCase() === t.toLowerCase());
  if (byName.length > 0) return byName;
  const exact = divisionByCode(divisions, t);
  if (exact !== undefined) return [exact];
  return closest(
    t,
    divisions.map((d) => d.code),
    { maxDistance: 1, limit: 3 },
  ).map((c) => divisionByCode(divisions, c)!);
}
