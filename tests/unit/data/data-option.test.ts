import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD } from './harness.ts';

/**
 * `npm run validate -- --data <folder>` checks a folder other than the default one (a pull
 * request's copy, a fixture). Everything the run reads must come from that folder, never from
 * `DATA_DIR` or `data/`: here the default `data/` covers other years than the folder given
 * (good/ has boundary files of 2019 and 2020; the default folder here, of 2018 only), so a year read
 * from the wrong folder shows in the report; a broken geo/ in the default folder must not stop it.
 */
const SCRIPT = resolve('scripts/validate.ts');
const TABLE = 'pr/datasets/county-example/county-example.csv';
const BOUNDARIES = join(GOOD, 'geo', 'shandong-2019.topo.json');
let root = '';

const git = (...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, encoding: 'utf8' });

function validate(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '', SITE_URL: 'https://poverty.example.org', DATA_DIR: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'validate-data-'));
  // The default folder: the same registry, but a boundary file of 2018 only.
  cpSync(GOOD, join(root, 'data'), { recursive: true });
  rmSync(join(root, 'data', 'geo'), { recursive: true });
  mkdirSync(join(root, 'data', 'geo'));
  cpSync(BOUNDARIES, join(root, 'data', 'geo', 'shandong-2018.topo.json'));
  // The folder under review: good/, with its boundary files of 2019 and 2020.
  cpSync(GOOD, join(root, 'pr'), { recursive: true });
  expect(git('init', '-q').status).toBe(0);
  git('add', '.');
  expect(git('commit', '-q', '-m', 'base').status).toBe(0);
  // A corrected 2019 rate of 曹县, which no sum checks.
  const file = join(root, TABLE);
  writeFileSync(file, readFileSync(file, 'utf8').replace('371721,2019,9000,8600,1.1,', '371721,2019,9000,8600,1.2,'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('validate --data reads only the folder given', () => {
  it.each([
    ['unset', {}],
    ['naming the default folder', { DATA_DIR: 'data' }],
  ])('gives the folder its own report with DATA_DIR %s', (_, env) => {
    const r = validate(env, '--data', 'pr');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✓ 10 files, 0 errors, 0 warnings\n');
  });

  it('links a change to the pages of the years the folder has boundaries for', () => {
    const r = validate({}, '--data', 'pr', '--format', 'markdown', '--base', 'HEAD');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '| 曹县 371721 | 贫困发生率 poverty_incidence | 2019 | 1.1 → 1.2 | ' +
        '[/counties/371721/2019/](https://poverty.example.org/counties/371721/2019/)',
    );
    expect(r.stdout).toContain('(https://poverty.example.org/indicators/poverty_incidence/2019/)');
  });

  it('does not read the default folder at all: two boundary files of one year there stop nothing', () => {
    const second = join(root, 'data', 'geo', 'other-2018.topo.json');
    cpSync(BOUNDARIES, second);
    try {
      const r = validate({}, '--data', 'pr', '--format', 'markdown', '--base', 'HEAD');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('[/counties/371721/2019/]');
    } finally {
      rmSync(second);
    }
  });
});
