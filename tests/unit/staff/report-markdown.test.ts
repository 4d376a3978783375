import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJumps } from '../../../src/lib/data/jumps.ts';
import { problem, type Report } from '../../../src/lib/data/problem.ts';
import { formatMarkdown } from '../../../src/lib/data/report-markdown.ts';
import { diffCsvText } from '../../../src/lib/releases/diff-values.ts';
import { golden } from './golden.ts';

/**
 * `npm run validate -- --format markdown [--base REF]`: the pull-request comment. The formatter
 * on a report made by hand (golden), the jump rules, and the real command in a git repository
 * holding a copy of data/, compared with the commit before a change and, without the ref, with
 * the last release.
 */
describe('the Markdown report', () => {
  it('groups problems by file in tables, Chinese with the English type, cells kept on one line (golden)', () => {
    const report: Report = {
      valid: false,
      files: ['data/a.csv', 'data/b/datapackage.json'],
      problems: [
        problem({
          file: 'data/a.csv',
          line: 3,
          column: 2,
          type: 'type-error',
          message: '应为整数，实际为 “1|2”',
          hint: '写成\n整数',
        }),
        problem({
          file: 'data/a.csv',
          line: 4,
          column: 1,
          type: 'sum-mismatch',
          severity: 'warning',
          message: '合计不符 <b>',
        }),
        problem({
          file: 'data/b/datapackage.json',
          line: 2,
          column: 12,
          type: 'todo-value',
          message: 'title：还没有填写',
        }),
      ],
      omitted: [{ file: 'data/a.csv', type: 'type-error', severity: 'error', listed: 1, total: 5 }],
      stats: { files: 2, rows: 10, datasets: 1, exampleDatasets: 0, errors: 6, warnings: 1, uncheckedSums: 0 },
    };
    const schema = {
      fields: [
        { name: 'division_code', type: 'string' },
        { name: 'year', type: 'integer' },
        { name: 'registered_poor', type: 'integer' },
        { name: 'poverty_incidence', type: 'number' },
      ],
      primaryKey: ['division_code', 'year'],
    };
    const before = 'division_code,year,registered_poor,poverty_incidence\n371724,2018,1000,5.0\n371724,2019,800,4.0\n';
    const after =
      'division_code,year,registered_poor,poverty_incidence\n371724,2018,1000,5.0\n371724,2019,8000,20.5\n371724,2020,NP,1.0\n';
    const diff = diffCsvText(before, after, schema);
    const text = formatMarkdown(report, {
      comparison: {
        base: 'origin/main (abc1234)',
        tables: [
          {
            dataset: 'county-x',
            file: 'data/datasets/county-x/county-x.csv',
            isNew: false,
            diff,
            jumps: findJumps(
              after
                .split('\n')
                .slice(1, -1)
                .map((l, i) => {
                  const [division_code, year, registered_poor, poverty_incidence] = l.split(',');
                  return {
                    line: i + 2,
                    cells: {
                      division_code: division_code!,
                      year: year!,
                      registered_poor: registered_poor!,
                      poverty_incidence: poverty_incidence!,
                    },
                  };
                }),
              [
                { division: '371724', indicator: 'registered_poor', year: 2019, line: 3 },
                { division: '371724', indicator: 'poverty_incidence', year: 2019, line: 3 },
              ],
              (id) => (id === 'poverty_incidence' ? 'percent' : 'person'),
            ),
            sums: [],
          },
        ],
        divisionName: (code) => `巨野县 ${code}`,
        indicatorName: (id) => id,
        pages: ({ division, year }) =>
          division && year ? [`https://poverty.example.org/counties/${division}/${year}/`] : [],
      },
    });
    golden('report-markdown/by-hand.md', text);
    expect(text).toContain('| 3:2 | 错误 `type-error` | 应为整数，实际为 “1\\|2” | 写成 整数 |');
    expect(text).toContain(
      '| 巨野县 371724 | registered_poor | 2019 | 800 → 8000 | [/counties/371724/2019/](https://poverty.example.org/counties/371724/2019/) |',
    );
    expect(text).toMatch(/registered_poor · 2019：1000（2018 年）→ 8000，是上一年的 8 倍/);
    expect(text).toMatch(/poverty_incidence · 2019：5\.0（2018 年）→ 20\.5，变化 \+15\.5 个百分点/);
  });

  it('flags a count beyond twice or half the year before, and a rate beyond 10 points; not missing values', () => {
    const rows = [
      { line: 2, cells: { division_code: 'a', year: '2018', n: '100', r: '50' } },
      { line: 3, cells: { division_code: 'a', year: '2019', n: '200', r: '60' } },
      { line: 4, cells: { division_code: 'a', year: '2020', n: '90', r: '49.9' } },
      { line: 5, cells: { division_code: 'b', year: '2019', n: 'NP', r: '0' } },
      { line: 6, cells: { division_code: 'b', year: '2020', n: '5', r: '90' } },
    ];
    const unit = (id: string) => (id === 'r' ? 'percent' : 'person');
    const at = (division: string, year: number, indicator: string) => ({ division, indicator, year, line: 0 });
    const jumps = findJumps(
      rows,
      [
        at('a', 2019, 'n'),
        at('a', 2019, 'r'),
        at('a', 2020, 'n'),
        at('a', 2020, 'r'),
        at('b', 2020, 'n'),
        at('b', 2020, 'r'),
      ],
      unit,
    );
    expect(jumps.map((j) => `${j.division}${j.year}${j.indicator} ${j.kind} ${j.amount}`)).toEqual([
      'a2020n factor 0.45',
      'a2020r points -10.1',
      'b2020r points 90',
    ]);
  });
});

describe('npm run validate -- --format markdown', () => {
  let repo = '';
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, encoding: 'utf8' });
  const validate = (...args: string[]) =>
    spawnSync(process.execPath, [resolve('scripts/validate.ts'), ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CI: '', SITE_URL: 'https://poverty.example.org' },
    });
  const table = () => join(repo, 'data/datasets/county-reported/county-reported.csv');
  /** The comparison part of the comment: the validation part depends on every other dataset. */
  const comparison = (stdout: string) =>
    stdout.slice(stdout.indexOf('### 与')).replace(/\(([0-9a-f]{7})\)/g, '(<commit>)');

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'pr-report-'));
    cpSync(resolve('data'), join(repo, 'data'), { recursive: true });
    expect(git('init', '-q').status).toBe(0);
    git('add', '.');
    expect(git('commit', '-q', '-m', 'base').status).toBe(0);
    // A correction of one figure and a new figure, as recipe 1 in CONTRIBUTING.md makes them.
    const text = readFileSync(table(), 'utf8');
    writeFileSync(table(), text.replace(',271,workshop,建设扶贫车间271个,', ',272,workshop,建设扶贫车间272个,'));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('lists the values that change against the base, with links to their pages (golden)', () => {
    const result = validate('--format', 'markdown', '--base', 'HEAD');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^### 数据校验 · Data validation\n/);
    const part = comparison(result.stdout);
    golden('report-markdown/against-head.md', part);
    expect(part).toContain(
      '| 巨野县 371724 | 建设扶贫车间 poverty_workshops_built（`value`） | 2018 | 271 → 272 | [/counties/371724/2018/](https://poverty.example.org/counties/371724/2018/) |',
    );
  });

  it('compares with the last release when the ref is missing', () => {
    const copy = join(repo, 'data/datasets/county-reported/releases/1.0.0');
    mkdirSync(copy, { recursive: true });
    writeFileSync(
      join(copy, 'county-reported.csv'),
      git('show', 'HEAD:data/datasets/county-reported/county-reported.csv').stdout,
    );
    const result = validate('--format', 'markdown', '--base', 'no-such-branch');
    rmSync(join(repo, 'data/datasets/county-reported/releases'), { recursive: true });
    expect(result.stdout).toContain('### 与 各数据集的上一个发布版本（找不到 no-such-branch） 相比改变的数值');
    expect(result.stdout).toContain('| 2018 | 271 → 272 |');
  });

  it.each([
    [['--base', 'HEAD'], '--base 只能与 --format markdown 一起使用'],
    [['--format', 'markdown', '--base=--upload-pack=x'], '--base 应为 git 引用'],
    [['--format', 'html'], '--format 只能是 text、json 或 markdown'],
  ])('refuses %j as a usage error', (args, message) => {
    const result = validate(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
