import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { contentProblem, type ContentProblem } from './problem.ts';

/**
 * Files, not links: content/ may hold only regular files. A symbolic link could make the build
 * publish a file from anywhere on the machine (`terms.yaml -> /etc/passwd`) or compile an MDX
 * file the check never saw, and a dot-file is easy to miss in review. Entries are read with
 * `readdir`'s file types, which describe the entry itself (as lstat does), never the file a link
 * points to, and a linked folder is not entered. The content check reads exactly `files`, and
 * src/content.config.ts hands Astro's loaders only files from this same list.
 */
export interface ContentFiles {
  /** Regular files that are not dot-files, relative to the content folder, `/`-separated, sorted. */
  files: string[];
  problems: ContentProblem[];
}

/** Extensions some loader or tool reads as content: a dot-file with one of them is an error, not just ignored. */
const READABLE = /\.(mdx?|markdown|ya?ml|json|toml|csv)$/i;

/** Lists `dir` (the content folder); `shownAs` is how report paths start (default `dir`). */
export function listContentFiles(dir: string, shownAs: string = dir): ContentFiles {
  const files: string[] = [];
  const problems: ContentProblem[] = [];
  if (lstatSync(dir).isSymbolicLink()) {
    problems.push(contentProblem({ file: shownAs, type: 'symlink', message: '内容文件夹本身是符号链接：构建会读取它指向的文件夹。', hint: '把内容文件夹换成真正的文件夹。' }));
    return { files, problems };
  }
  for (const entry of walk(dir)) {
    const rel = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
    const file = `${shownAs.replace(/\/+$/, '')}/${rel}`;
    if (entry.isSymbolicLink()) {
      problems.push(contentProblem({ file, type: 'symlink', message: 'content/ 中不允许符号链接：构建会读取它指向的文件，而那个文件不受检查。', hint: '删除这个链接，把文件本身放进 content/。' }));
    } else if (!entry.isFile()) {
      problems.push(contentProblem({ file, type: 'not-a-file', message: 'content/ 中只能有普通文件。', hint: '删除它。' }));
    } else if (rel.split('/').some((part) => part.startsWith('.'))) {
      const readable = READABLE.test(rel);
      problems.push(contentProblem({
        file, type: 'dot-file', severity: readable ? 'error' : 'warning',
        message: readable ? '以点开头的内容文件（或文件夹）不允许：审阅时容易看漏，有的工具照样会读取它。' : '以点开头的文件不会被检查，也不会发布。',
        hint: readable ? '改一个不以点开头的名字，或删除它。' : '如果是系统自动生成的文件（如 .DS_Store），可以删除。',
      }));
    } else files.push(rel);
  }
  return { files: files.sort(), problems };
}

/**
 * Every entry under `dir` except real folders, which are entered. Written out rather than
 * `readdir(…, { recursive: true })`, because Node's recursive listing enters linked folders too.
 */
function* walk(dir: string): Generator<Dirent> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) yield* walk(join(dir, entry.name));
    else yield entry;
  }
}

/**
 * The files under `content/<folder>/` whose path inside it matches `pattern`, for a glob loader's
 * `pattern` list: only what the content check reads. Literal paths, so the pattern must admit
 * no glob characters (e.g. /^(zh|en)\/[a-z0-9-]+\.mdx$/).
 */
export function contentFilesIn(contentDir: string, folder: string, pattern: RegExp): string[] {
  const prefix = `${folder.replace(/\/+$/, '')}/`;
  return listContentFiles(contentDir).files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)).filter((f) => pattern.test(f));
}

/** `content/<rel>` when it is a regular file the check reads; throws otherwise, so the build stops. */
export function contentFile(contentDir: string, rel: string): string {
  if (!listContentFiles(contentDir).files.includes(rel)) {
    throw new Error(`${contentDir}/${rel} is missing or is not a regular file (a symbolic link?); run npm run check:content`);
  }
  return `${contentDir}/${rel}`;
}
