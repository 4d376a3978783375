import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateDataDir } from '../../../src/lib/data/index.ts';

/**
 * The release rules of docs/releases.md on a copy of the real data/ folder: a table that differs
 * from the copy of its current version is refused until `npm run release` records a new version,
 * and the command raises the version by the kind of change.
 */
const BASELINE = 'datasets/baseline-2015-prefectures';
const CSV = `${BASELINE}/baseline-2015-prefectures.csv`;
let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

function copyData(): string {
  root = mkdtempSync(join(tmpdir(), 'releases-'));
  cpSync(resolve('data'), join(root, 'data'), { recursive: true });
  return join(root, 'data');
}
const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};
const releaseErrors = (data: string) => validateDataDir(data).problems.filter((p) => p.type === 'release-error');
const release = (data: string, ...args: string[]) =>
  spawnSync(process.execPath, [resolve('scripts/release.ts'), ...args, '--data', data], { encoding: 'utf8' });
const descriptor = (data: string) => JSON.parse(readFileSync(join(data, BASELINE, 'datapackage.json'), 'utf8'));

describe('the validator and the release records', () => {
  it('accepts the data as committed: every release has its copies and its note', () => {
    expect(releaseErrors(resolve('data'))).toEqual([]);
  });

  it('refuses a changed figure whose version did not move, at the changed cell, with the command to run', () => {
    const data = copyData();
    edit(join(data, CSV), '370100,2015,dzwww-2016-jzfpsjb,48974', '370100,2015,dzwww-2016-jzfpsjb,48975');
    const [p, ...rest] = releaseErrors(data);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: join(data, CSV), line: 3, column: 4, field: 'registered_poor', severity: 'error' });
    expect(p!.message).toContain('version 仍是 1.1.0');
    expect(p!.message).toContain('改动 1 个数值');
    expect(p!.hint).toContain('npm run release -- baseline-2015-prefectures');
    expect(p!.hint).toContain('修订号');
  });

  it('asks for a minor release when rows are added', () => {
    const data = copyData();
    const file = join(data, CSV);
    edit(file, '370100,2015,', '370199,2015,dzwww-2016-jzfpsjb,1,1,\n370100,2015,');
    const [p] = releaseErrors(data);
    expect(p).toMatchObject({ line: 3, column: 1 });
    expect(p!.message).toContain('新增 1 行');
    expect(p!.hint).toContain('次版本号');
  });

  it('refuses a release whose copies are missing, and a copy no note explains', () => {
    const data = copyData();
    rmSync(join(data, BASELINE, 'releases/1.0.0'), { recursive: true });
    mkdirSync(join(data, 'datasets/plan-targets/releases/0.9.0'));
    const problems = releaseErrors(data);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('1.0.0 版没有留存的表格副本：缺少 releases/1.0.0/baseline-2015-prefectures.csv'),
      expect.stringContaining('releases/0.9.0 没有对应的 releaseNotes 条目'),
    ]);
    expect(problems[0]!.file).toBe(join(data, BASELINE, 'datapackage.json'));
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('refuses a version raised by less than the change calls for', () => {
    const data = copyData();
    // 1.1.0 as if it had removed a column: a changed definition, which needs 2.0.0.
    const copy = join(data, BASELINE, 'releases/1.1.0/baseline-2015-prefectures.csv');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace(/,[^,\n]*$/gm, ''));
    const problems = releaseErrors(data);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('1.0.0 → 1.1.0 只升了次版本号'));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('至少要升主版本号'));
  });

  it('refuses a version raised by hand without a note for it', () => {
    const data = copyData();
    edit(
      join(data, BASELINE, 'datapackage.json'),
      '"version": "1.1.0",\n  "published"',
      '"version": "1.2.0",\n  "published"',
    );
    expect(releaseErrors(data).map((p) => p.message)).toContainEqual(
      'version 是 1.2.0，但最新的一条 releaseNotes 是 1.1.0',
    );
  });
});

describe('npm run release', () => {
  it('records a correction as a patch release that the validator then accepts', () => {
    const data = copyData();
    edit(join(data, CSV), '370100,2015,dzwww-2016-jzfpsjb,48974', '370100,2015,dzwww-2016-jzfpsjb,48975');
    const run = release(
      data,
      'baseline-2015-prefectures',
      '--zh',
      '更正济南市人数。',
      '--en',
      'Jinan corrected.',
      '--date',
      '2026-12-01',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1.1.1');
    const d = descriptor(data);
    expect(d.version).toBe('1.1.1');
    expect(d.published).toBe('2026-12-01');
    expect(d.releaseNotes[0]).toEqual({
      version: '1.1.1',
      date: '2026-12-01',
      'zh-CN': '更正济南市人数。',
      en: 'Jinan corrected.',
    });
    expect(d.releaseNotes.map((n: { version: string }) => n.version)).toEqual(['1.1.1', '1.1.0', '1.0.0']);
    expect(readFileSync(join(data, BASELINE, 'releases/1.1.1/baseline-2015-prefectures.csv'), 'utf8')).toBe(
      readFileSync(join(data, CSV), 'utf8'),
    );
    expect(validateDataDir(data).valid).toBe(true);
  });

  it('refuses a bump smaller than the change, a release without notes, and one with nothing changed', () => {
    const data = copyData();
    const unchanged = release(data, 'baseline-2015-prefectures', '--zh', '无', '--en', 'none');
    expect(unchanged.status).toBe(1);
    expect(unchanged.stderr).toContain('表格没有变化');
    edit(join(data, CSV), '370100,2015,', '370199,2015,dzwww-2016-jzfpsjb,1,1,\n370100,2015,');
    const tooSmall = release(data, 'baseline-2015-prefectures', '--bump', 'patch');
    expect(tooSmall.status).toBe(1);
    expect(tooSmall.stderr).toContain('至少要升 minor');
    expect(tooSmall.stderr).toContain('--zh 和 --en');
    expect(descriptor(data).version).toBe('1.1.0');
    const usage = release(data, 'baseline-2015-prefectures', '--bump', 'huge');
    expect(usage.status).toBe(2);
  });
});
