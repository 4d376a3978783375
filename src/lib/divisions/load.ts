import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Division } from '../schemas/division.ts';
import { parseDivisionsCsv } from './parse.ts';

const cache = new Map<string, Division[]>();

/**
 * Reads and parses `${dataDir}/divisions/divisions.csv` (relative to the working directory),
 * once per directory: later calls return the same array. The array and its rows are frozen
 * because every caller shares them; copy before sorting (`[...loadDivisions()].sort(…)`).
 * Throws when the file is missing or invalid (see `parseDivisionsCsv`).
 */
export function loadDivisions(dataDir = 'data'): Division[] {
  const path = resolve(dataDir, 'divisions', 'divisions.csv');
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  const divisions = parseDivisionsCsv(readFileSync(path, 'utf8'), path);
  for (const division of divisions) {
    Object.freeze(division.successors);
    Object.freeze(division);
  }
  Object.freeze(divisions);
  cache.set(path, divisions);
  return divisions;
}
