import type { Division } from '../schemas/division.ts';
import { closest } from './suggest.ts';

/**
 * Questions the domain checks ask of the dated registry. A division is in force on date d when
 * (validFrom is null or validFrom ≤ d) and (validTo is null or d < validTo) — validFrom inclusive,
 * validTo exclusive, as data/divisions/datapackage.json defines them. ISO dates compare as strings.
 */
export function isInForce(d: Pick<Division, 'validFrom' | 'validTo'>, date: string): boolean {
  return (d.validFrom === null || d.validFrom <= date) && (d.validTo === null || date < d.validTo);
}

/** `370116 莱芜区` — how a division is named in messages. */
export const label = (d: Division): string => `${d.code} ${d.nameZh}`;

/**
 * The divisions in force on `date` that took over from `code`, following successor links through
 * later changes (so 371202 莱城区 on 2019-12-31 → 370116 莱芜区).
 */
export function successorsAt(divisions: Map<string, Division>, code: string, date: string): Division[] {
  const out = new Map<string, Division>();
  const seen = new Set<string>();
  const walk = (c: string) => {
    if (seen.has(c)) return;
    seen.add(c);
    for (const s of divisions.get(c)?.successors ?? []) {
      const d = divisions.get(s);
      if (!d) continue;
      if (isInForce(d, date)) out.set(d.code, d);
      else walk(d.code);
    }
  };
  walk(code);
  return [...out.values()];
}

/**
 * The divisions of the same level in force on `date` that this one replaced (for rows dated before
 * it existed): 370116 莱芜区 in 2015 → 371202 莱城区, not the abolished prefecture 371200, whose
 * successor list also names 370116.
 */
export function predecessorsAt(divisions: Map<string, Division>, code: string, date: string): Division[] {
  const level = divisions.get(code)?.level;
  const out = new Map<string, Division>();
  const seen = new Set<string>();
  const walk = (c: string) => {
    if (seen.has(c)) return;
    seen.add(c);
    for (const d of divisions.values()) {
      if (!d.successors.includes(c) || d.level !== level) continue;
      if (isInForce(d, date)) out.set(d.code, d);
      else walk(d.code);
    }
  };
  walk(code);
  return [...out.values()];
}

/** Children of `parent` in force on `date`, in registry order. */
export function childrenAt(divisions: Map<string, Division>, parent: string, date: string): Division[] {
  return [...divisions.values()].filter((d) => d.parent === parent && isInForce(d, date));
}

/**
 * Registry entries a mistyped code or a name probably meant: an exact name match (staff sometimes
 * type 莱芜区 instead of its code), or codes one or two edits away.
 */
export function suggestDivisions(divisions: Map<string, Division>, written: string): Division[] {
  const t = written.trim();
  const byName = [...divisions.values()].filter((d) => d.nameZh === t || d.nameEn.toLowerCase() === t.toLowerCase());
  if (byName.length > 0) return byName;
  if (divisions.has(t)) return [divisions.get(t)!];
  return closest(t, divisions.keys(), { maxDistance: 1, limit: 3 }).map((c) => divisions.get(c)!);
}
