import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

/**
 * `npm run build -- --strict` lets a complete configuration through, not only refuses: with
 * every publishing setting given through the environment (site.config.ts) and only official
 * datasets in data/, both of its checks pass — the settings (configProblems, strictRefusals)
 * and the strict validation. These are the two steps scripts/build.ts runs before building;
 * the build after them is the same as the default build (configured-build.test.ts builds one).
 */
const SETTINGS = {
  SITE_URL: 'https://poverty.example.org',
  REPOSITORY_URL: 'https://github.com/org/site',
  FEEDBACK_EMAIL: 'data@example.org',
  FEEDBACK_FORM_URL: '',
  FEEDBACK: '',
};

/** A copy of data/ without the datasets whose status is `example`: what a publishing build may ship. */
const fixture = mkdtempSync(join(tmpdir(), 'strict-pass-'));
cpSync('data', join(fixture, 'data'), { recursive: true });
const datasets = join(fixture, 'data', 'datasets');
const removed = readdirSync(datasets).filter(
  (name) => JSON.parse(readFileSync(join(datasets, name, 'datapackage.json'), 'utf8')).status === 'example',
);
for (const name of removed) rmSync(join(datasets, name), { recursive: true });
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

const node = (args: string[]) =>
  spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CI: '', ...SETTINGS } });

it('the fixture really holds only official datasets, and some', () => {
  expect(removed).toContain('county-example');
  expect(readdirSync(datasets).length).toBeGreaterThan(0);
});

it('accepts every setting given through the environment, as the build reads them', () => {
  const script = [
    "import { siteConfig } from './site.config.ts';",
    "import { configProblems, strictRefusals } from './src/lib/site-config.ts';",
    'console.log(JSON.stringify([...configProblems(siteConfig), ...strictRefusals(siteConfig)]));',
  ].join('\n');
  const result = node(['--input-type=module', '-e', script]);
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.stdout)).toEqual([]);
});

it('validates the official datasets strictly without an error', () => {
  const result = node(['scripts/validate.ts', '--strict', '--data', join(fixture, 'data')]);
  expect(result.stdout + result.stderr).toMatch(/✓ \d+ files, 0 errors/);
  expect(result.stdout).not.toContain('example-data');
  expect(result.status).toBe(0);
});
