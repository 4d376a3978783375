import { isSafeLink, LINK_RULE } from '../schemas/dataset.ts';
import type { JsonPath } from './json-locate.ts';

/**
 * Every link-valued property anywhere in a descriptor (a resource's `homepage`, its own
 * `sources` and `licenses`, the package `image`, …) follows the same rule as the project
 * properties that src/lib/schemas/dataset.ts checks: https/http or a path inside the repository.
 * Those project properties are left to the schema, so each bad link is reported once.
 */
export interface BadLink {
  path: JsonPath;
  message: string;
}

/** Property names whose string value is a URL or path in Data Package 2.0 (https://datapackage.org/standard/data-package/). */
const LINK_KEYS = new Set(['path', 'homepage', 'image', 'url', 'profile', '$schema']);

/** Checked by DatasetMetaSchema (metadata-error), or a resource's local file (resource-error). */
function coveredElsewhere(path: JsonPath): boolean {
  const [first, second, third] = path;
  if (path.length === 1) return first === 'homepage';
  if (path.length !== 3 || typeof second !== 'number' || third !== 'path') return false;
  return first === 'sources' || first === 'licenses' || first === 'contributors' || first === 'resources';
}

/** A link-valued property whose value breaks the rule: reported by this module or the schema, so the profile's own complaint about it is left out. */
export function isBadLink(descriptor: unknown, path: JsonPath): boolean {
  const key = path.at(-1);
  if (typeof key !== 'string' || !LINK_KEYS.has(key)) return false;
  if (path.length === 3 && path[0] === 'resources' && key === 'path') return false;
  let value: unknown = descriptor;
  for (const p of path) value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[p] : undefined;
  return typeof value === 'string' && !isSafeLink(value);
}

export function findBadLinks(descriptor: unknown): BadLink[] {
  const out: BadLink[] = [];
  // Iterative, so a deeply nested descriptor cannot overflow the stack here.
  const stack: Array<[unknown, JsonPath]> = [[descriptor, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (Array.isArray(value)) value.forEach((v, i) => stack.push([v, [...path, i]]));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        const at = [...path, key];
        if (typeof v === 'string' && LINK_KEYS.has(key) && !coveredElsewhere(at) && !isSafeLink(v))
          out.push({ path: at, message: `${LINK_RULE}，实际为 ${JSON.stringify(v)}` });
        else stack.push([v, at]);
      }
    }
  }
  return out.sort((a, b) => (a.path.join('/') < b.path.join('/') ? -1 : 1));
}
