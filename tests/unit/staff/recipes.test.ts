import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../helpers/project-copy.ts';

/**
 * CONTRIBUTING.md cannot drift from the code: recipes 1 and 2 are followed on a copy of the
 * repository exactly as written. Their ```diff <file>``` blocks are applied, ```csv append <file>```
 * blocks appended, every `npm run` line of a ```sh``` block is run, and its output must hold
 * every line of the ```text``` block after it (`…` stands for anything). The English recipes
 * must carry the same blocks.
 */
interface Block {
  info: string;
  lines: string[];
}

/** Fenced blocks of the section `## <n>.`, indentation removed. */
function blocksOf(markdown: string, section: number): Block[] {
  const start = markdown.indexOf(`\n## ${section}. `);
  const end = markdown.indexOf('\n## ', start + 1);
  const lines = markdown.slice(start, end === -1 ? undefined : end).split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) body.push(lines[i]!.slice(indent));
    blocks.push({ info: open[2]!.trim(), lines: body });
  }
  return blocks;
}

/** What the recipes leave for staff to fill in, and what this test fills in. */
const PLACEHOLDERS: Record<string, string> = {
  '<YYYY-MM-DD>': '2026-12-01',
  '<source-name>': 'sdchina-2021-03-10',
  '<number-or-NP>': 'NP',
  "<来源原话 / the source's words>": '测试行 / a test row',
};
const fill = (line: string) =>
  line.replace(/<[^<>]+>/g, (p) => {
    if (!(p in PLACEHOLDERS)) throw new Error(`no test value for the placeholder ${p}`);
    return PLACEHOLDERS[p]!;
  });

/** Applies a diff block: the lines marked ` ` and `-` become those marked ` ` and `+`. */
function applyDiff(root: string, file: string, lines: string[], reverse = false): void {
  const side = (keep: string) => lines.filter((l) => l[0] === ' ' || l[0] === keep).map((l) => fill(l.slice(1)));
  const [from, to] = reverse ? [side('+'), side('-')] : [side('-'), side('+')];
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(from.join('\n'));
  expect(at, `${file} should contain:\n${from.join('\n')}`).toBeGreaterThanOrEqual(0);
  writeFileSync(path, text.slice(0, at) + to.join('\n') + text.slice(at + from.join('\n').length));
}

const expectedLine = (line: string) =>
  new RegExp(
    line
      .split('…')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*?'),
  );

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project copy under git, its `origin/main` the state before the recipe, as a pull request sees it. */
function projectBefore(setup: (root: string) => void): string {
  const root = copyProject('recipe-');
  copies.push(root);
  setup(root);
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  expect(git('commit', '-q', '-m', 'before').status).toBe(0);
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  return root;
}

function follow(root: string, blocks: Block[]): void {
  let output = '';
  for (const block of blocks) {
    const [kind, ...rest] = block.info.split(' ');
    if (kind === 'diff') applyDiff(root, rest[0]!, block.lines);
    else if (kind === 'csv' && rest[0] === 'append')
      appendFileSync(join(root, rest[1]!), `${block.lines.map(fill).join('\n')}\n`);
    else if (kind === 'sh') {
      output = '';
      for (const command of block.lines.filter((l) => l.startsWith('npm run '))) {
        const result = spawnSync('bash', ['-c', command], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, CI: '' },
        });
        // A step may fail on purpose (the check before the release): the ```text``` block says what it prints.
        output += result.stdout + result.stderr;
      }
    } else if (kind === 'text')
      for (const line of block.lines.filter((l) => l.trim() !== '')) expect(output).toMatch(expectedLine(line));
  }
}

const zh = readFileSync(resolve('CONTRIBUTING.md'), 'utf8');
const en = readFileSync(resolve('CONTRIBUTING.en.md'), 'utf8');

describe('CONTRIBUTING.md, followed as written', () => {
  it('recipe 1 corrects one figure of county-reported: valid, and the report shows 217 → 271', () => {
    const blocks = blocksOf(zh, 1);
    const [figure] = blocks;
    // Start from the mistake the worked example supposes, as release 1.0.0 published it.
    const file = figure!.info.split(' ')[1]!;
    const root = projectBefore((dir) => {
      applyDiff(dir, file, figure!.lines, true);
      applyDiff(dir, file.replace('county-reported.csv', 'releases/1.0.0/county-reported.csv'), figure!.lines, true);
    });
    follow(root, blocks);
    const table = readFileSync(join(root, 'data/datasets/county-reported/county-reported.csv'), 'utf8');
    expect(table).toContain(',poverty_workshops_built,271,workshop,建设扶贫车间271个,');
    expect(JSON.parse(readFileSync(join(root, 'data/datasets/county-reported/datapackage.json'), 'utf8')).version).toBe(
      '1.0.1',
    );
    expect(readFileSync(join(root, 'data/datasets/county-reported/releases/1.0.1/county-reported.csv'), 'utf8')).toBe(
      table,
    );
  });

  it('recipe 2 adds 2019 to province-reported: valid, and the report shows the new row', () => {
    const root = projectBefore(() => {});
    follow(root, blocksOf(zh, 2));
    const descriptor = JSON.parse(readFileSync(join(root, 'data/datasets/province-reported/datapackage.json'), 'utf8'));
    expect(descriptor.referenceYears).toContain(2019);
    expect(descriptor.version).toBe('1.1.0');
  });

  it('gives the English recipes the same commands, edits and expected output', () => {
    for (const section of [1, 2, 3, 5])
      expect(blocksOf(en, section), `section ${section}`).toEqual(blocksOf(zh, section));
  });
});
