import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT } from './helpers.ts';

/**
 * The attacks a careless or hostile pull request could make, applied to a copy of the real
 * content/: the content check (which `npm run build` runs before Astro) must exit 1 and name each.
 */
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function attacked(change: (content: string) => void) {
  dir = mkdtempSync(join(tmpdir(), 'content-'));
  const content = join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  change(content);
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--content', content, '--format', 'json'], { encoding: 'utf8' });
  const report = JSON.parse(result.stdout) as { errors: { file: string; line: number; type: string }[] };
  return { status: result.status, types: report.errors.map((e) => e.type) };
}

describe('attacks on a copy of content/ stop the check', () => {
  it('{process.env.HOME} appended to an explainer', () => {
    const result = attacked((c) => appendFileSync(join(c, 'policy/zh/targets.mdx'), '\n{process.env.HOME}\n'));
    expect(result).toEqual({ status: 1, types: ['mdx-expression'] });
  });

  it('an expression that runs a command at build time', () => {
    const result = attacked((c) => appendFileSync(join(c, 'policy/en/industry.mdx'), "\nOutput: {process.getBuiltinModule('node:child_process').execSync('id').toString()}\n"));
    expect(result.status).toBe(1);
    expect(result.types).toContain('mdx-expression');
  });

  it('a symlinked explainer and a glossary linked to a file outside the repository', () => {
    const result = attacked((c) => {
      symlinkSync(join(process.cwd(), 'content/policy/zh/industry.mdx'), join(c, 'policy/zh/extra.mdx'));
      rmSync(join(c, 'glossary/terms.yaml'));
      symlinkSync('/etc/hostname', join(c, 'glossary/terms.yaml'));
    });
    expect(result.status).toBe(1);
    expect(result.types.filter((t) => t === 'symlink')).toHaveLength(2);
  });
});
