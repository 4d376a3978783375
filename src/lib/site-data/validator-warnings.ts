import { resolve, sep } from 'node:path';
import { validateDataDir } from '../data/index.ts';
import type { Problem } from '../data/problem.ts';
import { DATA_DIR } from '../data-dir.ts';

/** A validator problem and the package folder it was found in (null for files outside one). */
export interface PackageProblem {
  /** Repository-relative folder of the package, e.g. `data/datasets/baseline-2015-prefectures`. */
  folder: string | null;
  problem: Problem;
}

const cache = new Map<string, PackageProblem[]>();

/**
 * What `npm run validate` says about the published data, run once per build. The build refuses
 * errors, so what reaches a page are warnings: figures kept as published although they disagree
 * (e.g. a total that is not the sum of its parts). The data page shows every one of them.
 */
export function validatorWarnings(dataDir = DATA_DIR, folders: readonly string[] = []): PackageProblem[] {
  const key = `${resolve(dataDir)}#${folders.join(',')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const report = validateDataDir(dataDir);
  const root = resolve(dataDir, '..');
  const warnings = report.problems.map((problem) => ({ folder: folderOf(problem.file, root, folders), problem }));
  cache.set(key, warnings);
  return warnings;
}

/** The folder among `folders` (repository-relative) that holds `file`, or null. */
export function folderOf(file: string, root: string, folders: readonly string[]): string | null {
  const absolute = resolve(file);
  return folders.find((f) => absolute.startsWith(resolve(root, f) + sep)) ?? null;
}
