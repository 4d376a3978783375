import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';

/**
 * "A failed validation or build leaves the previously built dist/ as it was": run the real
 * build script in a copy of the project whose dist/ holds a marker, after breaking the data
 * (validation fails) or a page (astro build fails), and check dist/ is untouched.
 */
const ROOT = resolve('.');
const COPY = ['scripts', 'src', 'data', 'content', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json'];
let project = '';

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-safety-'));
  for (const entry of COPY) if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'last good build');
  return dir;
}

function build(dir: string) {
  return spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '' } });
}

afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

it('builds nothing from invalid data and keeps the last good dist/', () => {
  project = copyProject();
  appendFileSync(join(project, 'data/datasets/county-example/county-example.csv'), '999999,2019\n');
  const result = build(project);
  expect(result.status).toBe(1);
  expect(result.stdout + result.stderr).toContain('unknown-division');
  expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('last good build');
});

it('keeps the last good dist/ when the site build itself fails', () => {
  project = copyProject();
  appendFileSync(join(project, 'src/layouts/Base.astro'), '\n{(() => { throw new Error("page broke"); })()}\n');
  const result = build(project);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('astro build failed');
  expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('last good build');
  expect(existsSync(join(project, '.build-next'))).toBe(false);
}, 120_000);
