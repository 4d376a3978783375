import type { Division } from '../schemas/division.ts';

// Indexes of frozen registries (as `loadDivisions` returns), built once and dropped with the array.
// A mutable array could change after indexing, so it is searched directly instead.
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
