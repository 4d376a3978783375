import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { copyProject, fingerprint, runBuild } from '../helpers/project-copy.ts';

/**
 * The same data build the same site on any day and in any time zone: every date a page shows
 * comes from the data (release and retrieval dates), never from the clock. Builds a copy of the
 * project twice, the second time with the clock a day ahead and another time zone, and compares
 * every file of the two dist/ folders byte for byte (docs/toolchain.md §10).
 */
const SHIFT = `--import=${pathToFileURL(resolve('tests/helpers/shift-clock.mjs')).href}`;
const tomorrow = { TZ: 'Asia/Shanghai', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${SHIFT}`.trim() };
let project = '';

afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
}, 120_000);

it('really moves the clock of a build and its child processes a day ahead', () => {
  const script =
    "import { spawnSync } from 'node:child_process'; const child = spawnSync(process.execPath, ['-p', 'Date.now()'], { encoding: 'utf8' }); console.log(child.stdout.trim());";
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ...tomorrow },
  });
  const ahead = Number(child.stdout.trim()) - Date.now();
  expect(ahead).toBeGreaterThan(23 * 3600_000);
  expect(ahead).toBeLessThan(25 * 3600_000);
});

it('builds byte-identical output a day later in another time zone', () => {
  project = copyProject('build-clock-');
  const today = runBuild(project, { TZ: 'UTC' });
  expect(today.status, today.stderr).toBe(0);
  const first = fingerprint(join(project, 'dist'));
  expect(first.size).toBeGreaterThan(1000);

  const later = runBuild(project, tomorrow);
  expect(later.status, later.stderr).toBe(0);
  const second = fingerprint(join(project, 'dist'));

  const changed = [...new Set([...first.keys(), ...second.keys()])].filter(
    (path) => first.get(path) !== second.get(path),
  );
  expect(changed.slice(0, 20), `${changed.length} files differ`).toEqual([]);
}, 600_000);
