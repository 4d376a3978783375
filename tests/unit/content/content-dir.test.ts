import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContentDir, checkContentFiles } from '../../../src/lib/content/check-content.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { PolicyFrontmatterSchema, TrackerTargetSchema } from '../../../src/lib/content/schemas.ts';
import { readPackage } from '../../../src/lib/data/read-package.ts';
import { CONTENT, FIXTURES, readTree } from './helpers.ts';

const indicatorRows = readPackage('data/indicators').resources[0]!.rows.map((r) => r.values as { id: string; section: string });
const indicatorIds = new Set(indicatorRows.map((r) => r.id));
const planTargetRows = readPackage('data/datasets/plan-targets').resources.flatMap((r) => r.rows.map((row) => row.values));

describe('checkContentDir', () => {
  it('passes the real content folder, references included', async () => {
    const report = await checkContentDir(CONTENT, { indicatorIds, planTargetRows, requireAllSections: true });
    expect(report.problems).toEqual([]);
    expect(report.stats).toMatchObject({ explainers: 26, errors: 0 });
    expect(report.stats.glossaryTerms).toBeGreaterThanOrEqual(16);
  });

  it('passes the safe fixtures when they can see the glossary', () => {
    const files = [...readTree(`${FIXTURES}/good`), ...readTree(CONTENT).filter((f) => f.rel.startsWith('glossary/'))];
    expect(checkContentFiles(files, { indicatorIds }).problems).toEqual([]);
  });

  it('reports references to unknown indicators and targets', () => {
    const files = readTree(`${FIXTURES}/good`).map((f) => ({ ...f, text: f.text.replace('[lifted_out]', '[no_such_indicator]') }));
    const problems = checkContentFiles(files, { indicatorIds }).problems.filter((p) => p.type === 'unknown-reference');
    expect(problems.map((p) => p.found)).toEqual(['no_such_indicator', 'no_such_indicator']);
  });
});

describe('explainers and data agree', () => {
  const explainers = readTree(`${CONTENT}/policy/zh`).map((f) => ({
    slug: f.rel.replace(/\.mdx$/, ''),
    data: PolicyFrontmatterSchema.parse(parse(splitFrontmatter(f.text).yaml)),
  }));
  const tracker = (parse(readFileSync('content/targets/targets.yaml', 'utf8')) as unknown[]).map((t) => TrackerTargetSchema.parse(t));

  it('each explainer lists exactly the tracker targets that point to it', () => {
    for (const e of explainers) {
      expect([...e.data.targets].sort(), e.slug).toEqual(tracker.filter((t) => t.explainer === e.slug).map((t) => t.id).sort());
    }
  });

  it('each explainer links every indicator that data/indicators files under its section', () => {
    for (const e of explainers) {
      const section = indicatorRows.filter((r) => r.section === e.slug).map((r) => r.id);
      expect(e.data.indicators, e.slug).toEqual(expect.arrayContaining(section));
    }
  });
});

describe('scripts/check-content.ts', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-content.ts', ...args], { encoding: 'utf8' });

  it('exits 0 on the real content with a summary', () => {
    const result = run();
    expect(result.stdout).toMatch(/✓ content: \d+ files \(26 explainers, .*\), 0 errors/);
    expect(result.status).toBe(0);
  });

  it('exits 1 on bad content, one line per problem with a hint, in the validator\'s format', () => {
    const result = run('--content', `${FIXTURES}/bad/frontmatter`);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^tests\/fixtures\/content\/bad\/frontmatter\/policy\/zh\/targets\.mdx:6:1: frontmatter-error: 字段 “lastReviewed”/m);
    expect(result.stdout).toMatch(/^ {2}提示: /m);
    expect(result.stdout).toMatch(/✗ content: .* errors/);
  });

  it('reports as JSON for tools', () => {
    const result = run('--content', `${FIXTURES}/bad/frontmatter`, '--format', 'json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { valid: boolean; errors: { file: string; line: number; type: string; hint: string | null }[] };
    expect(report.valid).toBe(false);
    expect(report.errors).toContainEqual(expect.objectContaining({ file: `${FIXTURES}/bad/frontmatter/policy/zh/targets.mdx`, line: 6, type: 'frontmatter-error' }));
  });

  it('exits 2 with the usage text on a usage mistake, as the validator does', () => {
    for (const args of [['--format', 'xml'], ['--no-such-option'], ['content'], ['--content', 'no/such/folder']]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain('用法: npm run check:content');
      expect(result.stdout).toBe('');
    }
  });
});
