import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { problem, type Problem } from './problem.ts';

/**
 * data/ holds only regular files and folders. A symlink could point anywhere (`/etc/passwd`, a
 * CSV outside the repository) and a FIFO would block the reader, so both are refused by `lstat`,
 * which looks at the entry itself and never opens or follows it: nothing of a link's target is
 * read or printed. Dot-files and dot-folders that a loader would read (a package folder under
 * datasets/, a segment of a resource path) are refused too, because reviewers do not see them.
 */
export function entryProblem(path: string): Problem | null {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return null;
  }
  if (stats.isSymbolicLink())
    return problem({
      file: path,
      type: 'source-error',
      message: '这是符号链接（symlink）：数据文件夹里只能有普通文件，链接指向的内容不会被读取',
      hint: '把链接换成文件本身（复制进来），或删除它',
    });
  if (!stats.isFile() && !stats.isDirectory())
    return problem({ file: path, type: 'source-error', message: '这不是普通文件（可能是管道或设备文件），不会被读取', hint: '删除它，换成普通的 CSV 或 JSON 文件' });
  return null;
}

/** The first entry from `dir` down to `path` (inclusive) that is not a regular file or folder. */
export function pathProblem(dir: string, path: string): Problem | null {
  const parts = relative(dir, path).split(sep);
  for (let i = 1; i <= parts.length; i++) {
    const found = entryProblem(join(dir, ...parts.slice(0, i)));
    if (found) return found;
  }
  return null;
}

export const isDotName = (name: string): boolean => name.startsWith('.');

export function dotFolderProblem(path: string): Problem {
  return problem({
    file: path,
    type: 'source-error',
    message: '以“.”开头的隐藏文件夹不会被读取：数据包文件夹名只用小写字母、数字和连字符',
    hint: '改名为不以“.”开头的名字，或删除它',
  });
}

/** Every symlink or special file anywhere under `dir` (without following links), in path order. */
export function findIrregular(dir: string): Problem[] {
  const out: Problem[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let names: string[];
    try {
      names = readdirSync(current).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(current, name);
      const found = entryProblem(path);
      if (found) out.push(found);
      else if (lstatSync(path).isDirectory()) pending.push(path);
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
