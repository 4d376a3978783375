import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatText, validateDataDir } from '../../../src/lib/data/index.ts';
import { caseNames, EXPECTED, materialise, type Materialised } from './harness.ts';

/**
 * Golden files: the text report for each bad case, reviewed by eye, in
 * tests/fixtures/validator/expected/<case>.txt. A missing expectation is written on a developer's
 * machine (review it, then commit it) but fails in CI, so CI never blesses its own output.
 */
const made: Materialised[] = [];
afterAll(() => made.forEach((m) => m.cleanup()));

function report(name: string | null) {
  const m = materialise(name);
  made.push(m);
  const result = validateDataDir(m.data, { strict: m.info?.strict === true });
  return { result, text: formatText(result, { cwd: m.root }), info: m.info };
}

function golden(name: string, text: string): void {
  const file = join(EXPECTED, `${name}.txt`);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`Missing golden file ${file}: run the tests locally, review it, commit it.`);
    writeFileSync(file, text);
    return;
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

test('the good fixture is valid, with no warnings', () => {
  const { result, text } = report(null);
  expect(result.problems).toEqual([]);
  expect(result.valid).toBe(true);
  golden('good', text);
});

describe('bad cases', () => {
  for (const name of caseNames()) {
    test(name, () => {
      const { result, text, info } = report(name);
      const types = new Set(result.problems.map((p) => p.type));
      for (const type of info!.expect) expect(types, `${name} should report ${type}`).toContain(type);
      if (info!.expect.length === 0) expect(result.problems, `${name} is an accepted form`).toEqual([]);
      golden(name, text);
    });
  }
});
