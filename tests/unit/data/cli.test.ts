import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { materialise, type Materialised } from './harness.ts';

/**
 * The command-line contract later tooling depends on: exit 0 valid (warnings allowed), 1 errors,
 * 2 usage errors; `--format json` shape; `--strict`. Spawns the script with the Node running the
 * tests (process.execPath: the project's Node 24, which strips the types).
 */
const SCRIPT = resolve('scripts/validate.ts');
const made: Materialised[] = [];
afterAll(() => made.forEach((m) => m.cleanup()));

function fixture(name: string | null): Materialised {
  const m = materialise(name);
  made.push(m);
  return m;
}

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('exit codes', () => {
  test('0 for valid data, with the summary line', () => {
    const r = run(fixture(null).root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✓ 10 files, 0 errors, 0 warnings\n');
  });

  test('0 when there are only warnings', () => {
    const r = run(fixture('reported-sums').root, '--data', 'data');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning[sum-mismatch]');
  });

  test('1 for errors, paths relative to the working directory', () => {
    const r = run(fixture('wan-suffix').root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data/datasets/county-example/county-example.csv:9:3: type-error: ');
    expect(r.stdout).toContain('  提示: 请写成 9000');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✗ 1 of 10 files, 1 error, 0 warnings');
  });

  test.each([
    [['--bogus']],
    [['--format', 'xml']],
    [['--format']],
    [['--data', 'no-such-folder']],
    [['stray-positional']],
    [['--strict=yes']],
  ])('2 for usage errors: %j', (args) => {
    const r = run(fixture(null).root, ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('用法: npm run validate --');
  });

  test('--help prints the usage and exits 0', () => {
    const r = run(fixture(null).root, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format FORMAT');
  });
});

describe('--format json', () => {
  test('has valid, errors, warnings and stats; every problem has every key', () => {
    const r = run(fixture('reported-sums-exceeded').root, '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['valid', 'errors', 'warnings', 'stats']);
    expect(json.valid).toBe(false);
    const stats = json.stats as Record<string, number>;
    expect(stats).toMatchObject({ files: 10, rows: 41, datasets: 2, errors: 1, warnings: 1 });
    const problems = [...(json.errors as object[]), ...(json.warnings as object[])];
    expect(problems).toHaveLength(2);
    for (const p of problems) {
      expect(Object.keys(p).sort()).toEqual(['column', 'field', 'file', 'hint', 'line', 'message', 'severity', 'type'].sort());
      expect(p).toMatchObject({ file: 'data/datasets/baseline-2015/baseline-2015.csv', line: 2, column: 4, field: 'registered_poor', type: 'sum-mismatch' });
    }
  });

  test('field and hint are null when they do not apply', () => {
    const dup = JSON.parse(run(fixture('duplicate-row').root, '--format', 'json').stdout) as { errors: Array<Record<string, unknown>> };
    expect(dup.errors[0]).toMatchObject({ type: 'duplicate-row', field: null, hint: '删除重复的行' });
    const enumCase = JSON.parse(run(fixture('registry-enum').root, '--format', 'json').stdout) as typeof dup;
    expect(enumCase.errors[0]).toMatchObject({ type: 'constraint-error', field: 'kind', hint: null });
  });
});

describe('--strict', () => {
  test('makes example datasets an error (example-data)', () => {
    const r = run(fixture(null).root, '--strict', '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { errors: Array<{ type: string; file: string }> };
    expect(json.errors.map((e) => e.type)).toEqual(['example-data']);
    expect(json.errors[0]!.file).toBe('data/datasets/county-example/datapackage.json');
  });
});
