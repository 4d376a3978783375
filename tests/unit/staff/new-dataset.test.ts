import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { golden } from './golden.ts';

/**
 * `npm run new:dataset`: the folder it writes (golden files), what the validator then says about
 * it (every TODO, once, with its position), and each refusal. Runs the real script in a copy of data/.
 */
let root = '';
// One copy for the file: the refusals write nothing, and each scaffold has its own id.
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'new-dataset-'));
  cpSync(resolve('data'), join(root, 'data'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const script = (name: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [resolve('scripts', name), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '', ...env },
  });
const newDataset = (...args: string[]) => script('new-dataset.ts', args);
const datasets = () => readdirSync(join(root, 'data', 'datasets')).sort();

/** The validator's report block for one dataset folder: its files' header lines, problems and hints. */
function reportOn(text: string, id: string): string {
  const blocks = text.split('\n\n').filter((block) => block.startsWith(`data/datasets/${id}/`));
  return `${blocks.join('\n\n')}\n`;
}

describe('npm run new:dataset', () => {
  it('scaffolds an official dataset: descriptor with TODOs, CSV header from the chosen indicators', () => {
    const result = newDataset(
      'county-2021',
      '--status',
      'official',
      '--indicators',
      'registered_poor,poverty_incidence',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const dir = join(root, 'data', 'datasets', 'county-2021');
    golden('new-dataset/official/datapackage.json', readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    golden('new-dataset/official/county-2021.csv', readFileSync(join(dir, 'county-2021.csv'), 'utf8'));
    golden('new-dataset/official/stdout.txt', result.stdout);
    expect(readFileSync(join(dir, 'county-2021.csv'), 'utf8')).toBe(
      'division_code,year,registered_poor,poverty_incidence,source\n',
    );

    const validation = script('validate.ts', []);
    expect(validation.status).toBe(1);
    const report = reportOn(validation.stdout, 'county-2021');
    golden('new-dataset/official/validate.txt', report);
    // Every TODO is one todo-value error at its place, and nothing else is said about the new folder.
    const descriptor = readFileSync(join(dir, 'datapackage.json'), 'utf8');
    const todos = descriptor.split('\n').filter((line) => line.includes('"TODO'));
    const problems = report.split('\n').filter((line) => /^data\/datasets\/county-2021\/\S+:\d+:\d+: /.test(line));
    expect(problems).toHaveLength(todos.length);
    for (const line of problems) expect(line).toMatch(/: todo-value: /);
  });

  it('scaffolds example data without sources or a source column', () => {
    const result = newDataset('demo-set', '--status', 'example', '--indicators', 'key_villages');
    expect(result.status).toBe(0);
    const dir = join(root, 'data', 'datasets', 'demo-set');
    expect(readFileSync(join(dir, 'demo-set.csv'), 'utf8')).toBe('division_code,year,key_villages\n');
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    expect(descriptor.status).toBe('example');
    expect(descriptor.sources).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it.each([
    ['an existing id', ['county-2021', '--status', 'official'], /数据集 county-2021 已经存在/],
    ['an invalid name', ['County_2021', '--status', 'official'], /数据集名称 “County_2021” 无效/],
    ['a name ending in a hyphen', ['county-', '--status', 'official'], /无效/],
    ['no status', ['county-2022'], /请用 --status 写明/],
    ['an unknown status', ['county-2022', '--status', 'real'], /--status 只能是 official 或 example/],
    [
      'an unknown indicator, with the likely one',
      ['county-2022', '--status', 'official', '--indicators', 'registerd_poor'],
      /“registerd_poor” 不在指标目录.*是不是 registered_poor/,
    ],
    ['no id', ['--status', 'official'], /请写一个数据集名称/],
  ])('refuses %s with a clear message, writing nothing', (_, args, message) => {
    const before = datasets();
    const result = newDataset(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('用法: npm run new:dataset');
    expect(datasets()).toEqual(before);
    expect(existsSync(join(root, 'data', 'datasets', 'county-2022'))).toBe(false);
  });

  it('writes into DATA_DIR when no --data is given, the folder npm run validate then reads', () => {
    const other = join(root, 'pull-request-data');
    cpSync(join(root, 'data'), other, { recursive: true });
    const result = script('new-dataset.ts', ['county-2023', '--status', 'example'], { DATA_DIR: other });
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(other, 'datasets', 'county-2023', 'datapackage.json'))).toBe(true);
    expect(existsSync(join(root, 'data', 'datasets', 'county-2023'))).toBe(false);
  });

  it('lists every refusal of one run', () => {
    const result = newDataset('Bad_Name', '--indicators', 'nope');
    expect(result.stderr.split('\n').filter((line) => line.startsWith('✗ '))).toHaveLength(3);
  });
});
