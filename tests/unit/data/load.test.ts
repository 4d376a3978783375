import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatJson, formatText, validateDataDir } from '../../../src/lib/data/index.ts';
import { PROBLEMS_PER_TYPE } from '../../../src/lib/data/problem-log.ts';
import { materialise, type Materialised } from './harness.ts';

/**
 * The validator stays whole under load: a file with far more problems than anyone reads still
 * gets a report with every type, exact counts, and the first PROBLEMS_PER_TYPE of each type with
 * their positions. 150,000 problems is past where spreading the lists into push() used to
 * overflow the call stack (60,000–130,000) and collapse the report into one source-error.
 * Speed and memory are measured by npm run bench (scripts/bench/validate.ts), never asserted here.
 */
const made: Materialised[] = [];
afterAll(() => made.forEach((m) => m.cleanup()));

const ROWS = 50_000;

test(`a ${ROWS.toLocaleString('en-US')}-row file with three errors per row reports every type with exact counts`, () => {
  const m = materialise(null);
  made.push(m);
  const csv = join(m.data, 'datasets/county-example/county-example.csv');
  const lines = ['division_code,year,registered_poor,lifted_out,poverty_incidence,note'];
  // Each row: a unit suffix (type-error), a formula note (text-error), the key 370116/2019 again (primary-key).
  for (let i = 0; i < ROWS; i++) lines.push(`370116,2019,1.2万,${i},0.5,=A${i}`);
  writeFileSync(csv, `${lines.join('\n')}\n`);

  const report = validateDataDir(m.data);
  const total = (type: string) =>
    report.problems.filter((p) => p.file === csv && p.type === type).length +
    (report.omitted ?? []).filter((o) => o.file === csv && o.type === type).reduce((n, o) => n + o.total - o.listed, 0);
  expect(report.problems.some((p) => p.type === 'source-error')).toBe(false);
  expect(total('type-error')).toBe(ROWS);
  expect(total('text-error')).toBe(ROWS);
  expect(total('primary-key')).toBe(ROWS - 1);
  expect(report.stats.rows).toBeGreaterThanOrEqual(ROWS);
  expect(report.stats.errors).toBe(report.problems.filter((p) => p.severity === 'error').length + (report.omitted ?? []).reduce((n, o) => n + o.total - o.listed, 0));

  // At most PROBLEMS_PER_TYPE listed per type and file, the first ones, in file order.
  const listed = report.problems.filter((p) => p.file === csv && p.type === 'type-error');
  expect(listed).toHaveLength(PROBLEMS_PER_TYPE);
  expect(listed[0]!.line).toBe(2);
  expect(report.omitted).toContainEqual({ file: csv, type: 'type-error', severity: 'error', listed: PROBLEMS_PER_TYPE, total: ROWS });

  const text = formatText(report, { cwd: m.root });
  // The file's header line counts every error, listed or not.
  const inFile = report.problems.filter((p) => p.file === csv).length + (report.omitted ?? []).filter((o) => o.file === csv).reduce((n, o) => n + o.total - o.listed, 0);
  expect(inFile).toBeGreaterThanOrEqual(ROWS * 3 - 1);
  expect(text).toContain(`data/datasets/county-example/county-example.csv (${inFile} errors)`);
  expect(text).toContain(`另有 ${(ROWS - PROBLEMS_PER_TYPE).toLocaleString('en-US')} 个 type-error 未列出（共 ${ROWS.toLocaleString('en-US')} 个`);
  const json = JSON.parse(formatJson(report, { cwd: m.root })) as { omitted: Array<{ file: string; total: number }> };
  expect(json.omitted).toContainEqual(expect.objectContaining({ file: 'data/datasets/county-example/county-example.csv', total: ROWS }));
}, 300_000);
