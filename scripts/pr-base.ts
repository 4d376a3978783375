/**
 * The base a pull-request report compares data/ with (`npm run validate -- --format markdown
 * --base <ref>`): the files at a git ref, read with `git show <ref>:<path>`; when the ref is
 * missing (a shallow clone, no remote), each table's last release, from the copies
 * `npm run release` keeps in `data/datasets/<id>/releases/<version>/` (docs/releases.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ReadBase } from '../src/lib/data/compare-base.ts';

export interface Base {
  /** What the report says it compared with. */
  label: string;
  read: ReadBase;
}

const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

export function findBase(ref: string): Base {
  const top = git(['rev-parse', '--show-toplevel']);
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (top.status === 0 && commit.status === 0) {
    const root = top.stdout.trim();
    const sha = commit.stdout.trim();
    return {
      label: `${ref} (${sha.slice(0, 7)})`,
      read: (file) => {
        const shown = git(['show', `${sha}:${relative(root, resolve(file)).split('\\').join('/')}`]);
        return shown.status === 0 ? shown.stdout : null;
      },
    };
  }
  return { label: `各数据集的上一个发布版本（找不到 ${ref}）`, read: lastRelease };
}

const semver = (v: string) => v.split('.').map(Number);
const newerFirst = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]!;
};

/**
 * A table's last release: the copy of the descriptor's version when the table differs from it
 * (edited, not yet released), else the release before it. A table with no copy compares with
 * itself (nothing to report).
 */
function lastRelease(file: string): string | null {
  const current = readFileSync(file, 'utf8');
  const dir = dirname(file);
  const releases = join(dir, 'releases');
  if (!existsSync(releases)) return current;
  let version = '';
  try {
    version = String(
      (JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { version?: unknown }).version,
    );
  } catch {
    return current;
  }
  const copies = readdirSync(releases)
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && existsSync(join(releases, v, basename(file))))
    .sort(newerFirst);
  const read = (v: string) => readFileSync(join(releases, v, basename(file)), 'utf8');
  if (copies.includes(version) && read(version) !== current) return read(version);
  const before = copies.find((v) => newerFirst(v, version) > 0);
  return before === undefined ? current : read(before);
}
