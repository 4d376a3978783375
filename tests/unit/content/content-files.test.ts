import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../../src/lib/content/check-content.ts';
import { contentFilesIn } from '../../../src/lib/content/content-files.ts';
import { CONTENT, FIXTURES } from './helpers.ts';

/** tests/fixtures/content/bad/files holds a linked explainer, a linked folder and two dot-files. */
describe('content/ holds only regular files', () => {
  const dir = `${FIXTURES}/bad/files`;

  it('refuses symbolic links (file and folder) and content dot-files, and reads none of them', async () => {
    const report = await checkContentDir(dir);
    const byFile = Object.fromEntries(report.problems.map((p) => [p.file, [p.type, p.severity]]));
    expect(byFile).toEqual({
      [`${dir}/policy/zh/targets.mdx`]: ['symlink', 'error'],
      [`${dir}/policy/en`]: ['symlink', 'error'],
      [`${dir}/policy/zh/.draft.mdx`]: ['dot-file', 'error'],
      [`${dir}/policy/.notes`]: ['dot-file', 'warning'],
    });
    expect(report.valid).toBe(false);
    expect(report.stats.explainers).toBe(0); // the linked explainers were not read
  });

  it('gives the loaders only the regular files the check read', () => {
    expect(contentFilesIn(dir, 'policy', /\.mdx$/)).toEqual([]);
    expect(contentFilesIn(CONTENT, 'policy', /^(zh|en)\/[a-z0-9-]+\.mdx$/)).toHaveLength(26);
  });
});
