import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';

/** Golden files of the staff tools, reviewed by eye and committed (README "Tests"). */
export const STAFF_FIXTURES = resolve('tests/fixtures/staff');

/**
 * Compares `text` with the golden file; a missing one is written on a developer's machine (review
 * it, then commit it) but fails in CI, so CI never blesses its own output.
 */
export function golden(name: string, text: string): void {
  const file = join(STAFF_FIXTURES, name);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`Missing golden file ${file}: run the tests locally, review it, commit it.`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}
