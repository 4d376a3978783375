import { resolve } from 'node:path';
import { isError, sortProblems, type Problem } from '../data/problem.ts';
import { readPackage } from '../data/read-package.ts';
import { problemLine } from '../data/report-text.ts';
import type { Division } from '../schemas/division.ts';
import { readDivisions } from './read.ts';
import { DATA_DIR } from '../data-dir.ts';

const cache = new Map<string, readonly Division[]>();

/**
 * The division registry of `${dataDir}/divisions/` (relative to the working directory), read
 * with the validator's own reader (`readPackage`, then `readDivisions`), once per directory:
 * later calls return the same frozen array. Throws one `Error` listing every error the validator
 * finds in the package (`file:line:column: type: message` and its hint), so nothing is built
 * from a registry `npm run validate` rejects.
 */
export function loadDivisions(dataDir = DATA_DIR): readonly Division[] {
  const dir = resolve(dataDir, 'divisions');
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const pkg = readPackage(dir);
  const { divisions, problems } = readDivisions(pkg);
  const errors = sortProblems([...pkg.problems, ...problems].filter(isError), pkg.files);
  if (errors.length > 0) {
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    throw new Error(
      `${dir}: the division registry has ${count}; run npm run validate\n${errors.map(problemLines).join('\n')}`,
    );
  }
  if (divisions === null) throw new Error(`${dir}: the division registry has no table to read; run npm run validate`);
  cache.set(dir, divisions);
  return divisions;
}

const problemLines = (p: Problem): string => `  ${problemLine(p)}${p.hint ? `\n    提示: ${p.hint}` : ''}`;
