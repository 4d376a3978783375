import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { newBuildFolder, publishBuild, recoverDist, type PublishStep } from '../../scripts/dist-swap.ts';
import { copyProject, runBuild } from '../helpers/project-copy.ts';

/**
 * "A failed validation or build leaves the previously built dist/ as it was, and a killed build
 * never leaves dist/ missing": run the real build script in a copy of the project whose dist/
 * holds a marker, after breaking the data (validation fails) or a page (astro build fails); and
 * kill the publishing step at each of its points with SIGKILL.
 */
let project = '';

afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
  project = '';
}, 120_000);

/** A project copy whose dist/ is a plain folder holding a marker, as an older build left it. */
function projectWithLastGoodBuild(): string {
  const dir = copyProject('build-safety-');
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'last good build');
  return dir;
}

const breakData = (dir: string) =>
  appendFileSync(join(dir, 'data/datasets/county-example/county-example.csv'), '999999,2019\n');
const site = (root: string) => readFileSync(join(root, 'dist', 'index.html'), 'utf8');
const leftovers = (root: string) =>
  readdirSync(root).filter((name) => name.startsWith('.dist-') || name.startsWith('.build-'));

it('builds nothing from invalid data and keeps the last good dist/', () => {
  project = projectWithLastGoodBuild();
  breakData(project);
  const result = runBuild(project);
  expect(result.status).toBe(1);
  expect(result.stdout + result.stderr).toContain('unknown-division');
  expect(site(project)).toBe('last good build');
});

it('makes the folder given with --out when it does not exist, and reports invalid data there as anywhere', () => {
  project = copyProject('build-safety-');
  breakData(project);
  const out = join(project, 'previews', 'pull-request');
  const result = runBuild(project, {}, ['--out', out]);
  expect(result.stderr).not.toContain('ENOENT');
  expect(result.status).toBe(1);
  expect(result.stdout + result.stderr).toContain('unknown-division');
  expect(readdirSync(out)).toEqual([]);
});

it('keeps the last good dist/ when the site build itself fails, and leaves no half-built folder', () => {
  project = projectWithLastGoodBuild();
  appendFileSync(join(project, 'src/layouts/Base.astro'), '\n{(() => { throw new Error("page broke"); })()}\n');
  const result = runBuild(project);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('astro build failed');
  expect(site(project)).toBe('last good build');
  expect(leftovers(project)).toEqual([]);
}, 300_000);

/** Runs publishBuild in a child process that kills itself with SIGKILL right after `step`. */
function publishAndDie(root: string, folder: string, step: PublishStep) {
  const swap = pathToFileURL(resolve('scripts/dist-swap.ts')).href;
  const script = `import { publishBuild } from ${JSON.stringify(swap)};
publishBuild(${JSON.stringify(root)}, ${JSON.stringify(folder)}, { afterStep: (s) => { if (s === ${JSON.stringify(step)}) process.kill(process.pid, 'SIGKILL'); } });`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

function builtFolder(root: string, marker: string): string {
  const folder = newBuildFolder(root);
  writeFileSync(join(folder, 'index.html'), marker);
  return folder;
}

describe('publishing a build into dist/', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it.each<PublishStep>(['linked', 'cleaned'])('always leaves a whole dist/ when killed after step %s', (step) => {
    root = mkdtempSync(join(tmpdir(), 'dist-swap-'));
    publishBuild(root, builtFolder(root, 'old build'));
    expect(lstatSync(join(root, 'dist')).isSymbolicLink()).toBe(true);

    const killed = publishAndDie(root, builtFolder(root, 'new build'), step);
    expect(killed.signal).toBe('SIGKILL');
    expect(site(root)).toBe('new build');

    recoverDist(root);
    expect(site(root)).toBe('new build');
    expect(leftovers(root)).toHaveLength(1); // only the folder dist/ points at
  });

  it('keeps the old site when killed while the new one is still being built', () => {
    root = mkdtempSync(join(tmpdir(), 'dist-swap-'));
    publishBuild(root, builtFolder(root, 'old build'));
    builtFolder(root, 'half a build');
    expect(site(root)).toBe('old build');
    recoverDist(root);
    expect(site(root)).toBe('old build');
    expect(leftovers(root)).toHaveLength(1);
  });
});

describe('a dist/ lost to a kill in an older swap comes back at the next build, even a failed one', () => {
  it('after this script was killed while setting a plain dist/ folder aside', () => {
    project = projectWithLastGoodBuild();
    const killed = publishAndDie(project, builtFolder(project, 'new build'), 'set-aside');
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(join(project, 'dist'))).toBe(false);

    breakData(project);
    expect(runBuild(project).status).toBe(1);
    expect(site(project)).toBe('last good build');
    expect(leftovers(project)).toEqual([]);
  });

  it('after the earlier two-rename swap was killed between its renames', () => {
    project = projectWithLastGoodBuild();
    renameSync(join(project, 'dist'), join(project, '.build-previous'));
    breakData(project);
    expect(runBuild(project).status).toBe(1);
    expect(site(project)).toBe('last good build');
    expect(leftovers(project)).toEqual([]);
  });
});
