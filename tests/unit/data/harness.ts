import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Test fixtures (tests/fixtures/validator/README.md): `good/` is a complete data folder; each
 * `bad/<case>/` holds only the files that differ from it, plus `case.json`. A case is
 * materialised as `<tmp>/data` = good overlaid with the case, so reports read `data/…` like a
 * real run from the repository root.
 */
export const FIXTURES = resolve('tests/fixtures/validator');
export const GOOD = join(FIXTURES, 'good');
export const BAD = join(FIXTURES, 'bad');
export const EXPECTED = join(FIXTURES, 'expected');

export interface CaseInfo {
  description: string;
  /** Problem types the case must produce (empty: the case is an accepted form and must pass). */
  expect: string[];
  strict?: boolean;
  /** Paths (relative to the data folder) to delete from the copy of good/. */
  delete?: string[];
  /**
   * Paths (relative to the data folder) to replace with a symbolic link, made when the case is
   * materialised so no link is committed. The target is used as written, except that `good/…`
   * means that file of the good fixture (a valid file outside the data folder).
   */
  links?: Record<string, string>;
}

export const caseNames = (): string[] => readdirSync(BAD).filter((n) => existsSync(join(BAD, n, 'case.json'))).sort();

export function readCase(name: string): CaseInfo {
  return JSON.parse(readFileSync(join(BAD, name, 'case.json'), 'utf8')) as CaseInfo;
}

export interface Materialised {
  root: string;
  data: string;
  info: CaseInfo | null;
  cleanup: () => void;
}

/** A fresh temporary copy of good/ (overlaid with `name`, if given) as `<root>/data`. */
export function materialise(name: string | null): Materialised {
  const root = mkdtempSync(join(tmpdir(), 'validator-'));
  const data = join(root, 'data');
  cpSync(GOOD, data, { recursive: true });
  let info: CaseInfo | null = null;
  if (name !== null) {
    info = readCase(name);
    cpSync(join(BAD, name), data, { recursive: true, filter: (src) => !src.endsWith('case.json') });
    for (const path of info.delete ?? []) rmSync(join(data, path), { force: true });
    for (const [path, target] of Object.entries(info.links ?? {})) {
      rmSync(join(data, path), { recursive: true, force: true });
      symlinkSync(target.startsWith('good/') ? join(FIXTURES, target) : target, join(data, path));
    }
  }
  return { root, data, info, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
