import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { copyProject, runBuild } from '../../helpers/project-copy.ts';

/**
 * `npm run build -- --strict` is the publishing build: it refuses, in one run and one line each,
 * every missing publishing setting and every example dataset, and leaves the last good dist/ alone.
 */
let project = '';
afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
  project = '';
}, 120_000);

const UNSET = { SITE_URL: '', REPOSITORY_URL: '', FEEDBACK_EMAIL: '', FEEDBACK_FORM_URL: '', FEEDBACK: '' };

function projectWithLastGoodBuild(): string {
  const dir = copyProject('strict-build-');
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'last good build');
  return dir;
}

it('refuses every missing setting and the example dataset in one run, and keeps dist/', () => {
  project = projectWithLastGoodBuild();
  const result = runBuild(project, UNSET, ['--strict']);
  const output = result.stdout + result.stderr;
  expect(result.status).toBe(1);
  expect(output).toMatch(/^✗ SITE_URL 未设置/m);
  expect(output).toMatch(/^✗ REPOSITORY_URL 未设置/m);
  expect(output).toMatch(/^✗ 未设置反馈渠道/m);
  expect(output).toMatch(/county-example\/datapackage\.json:\d+:\d+: example-data/);
  expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('last good build');
});

it('with every setting given, refuses only what is left: a localhost address and the example dataset', () => {
  project = projectWithLastGoodBuild();
  const result = runBuild(
    project,
    { ...UNSET, SITE_URL: 'https://localhost:4321', REPOSITORY_URL: 'https://github.com/org/site', FEEDBACK: 'off' },
    ['--strict'],
  );
  const settings = result.stderr.split('\n').filter((line) => /^✗ (?!site settings)/.test(line));
  expect(result.status).toBe(1);
  expect(settings).toEqual([expect.stringMatching(/^✗ SITE_URL “https:\/\/localhost:4321” 指向本机/)]);
  expect(result.stdout).toContain('example-data');
  expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('last good build');
});
