import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { contentProblem, type ContentProblem } from './problem.ts';
import type { Locate } from './friendly-errors.ts';

/**
 * Reads YAML (a front-matter block or a whole data file) the way the build does — Astro uses
 * YAML 1.2 plus timestamps, so unquoted dates become Date values here too — and keeps node
 * positions so every problem can name its line and column.
 */
export interface ParsedYaml {
  data: unknown;
  problems: ContentProblem[];
  locate: Locate;
}

/** Parses YAML text that starts on line `firstLine` of `file` (1 for a data file). */
export function parseYaml(file: string, text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags: ['timestamp'], lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return contentProblem({
      file, type: 'yaml-error', line: pos.line + firstLine - 1, column: pos.col,
      message: `YAML 写法有误：${error.message.split('\n')[0]}`,
      hint: '检查缩进（只用空格）、冒号后的空格和成对的引号；含冒号或 # 的文本要加引号。',
    });
  });
  const locate: Locate = (path) => {
    let node: unknown = doc.contents;
    let offset: number | undefined = (node as Node | null)?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        offset = (node as Node | undefined)?.range?.[0] ?? offset;
      } else break;
    }
    if (offset === undefined) return null;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  return { data: problems.length ? undefined : doc.toJS(), problems, locate };
}

export interface SplitMdx {
  /** The YAML between the `---` fences ('' when absent). */
  yaml: string;
  /** Line of the file where the YAML starts (2 when the file opens with `---`). */
  yamlLine: number;
  /** Everything after the closing fence. */
  body: string;
  /** Character offset in the file where `body` starts. */
  bodyOffset: number;
  hasFrontmatter: boolean;
}

/** Splits an MDX file into front matter and body. */
export function splitFrontmatter(text: string): SplitMdx {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { yaml: '', yamlLine: 1, body: text, bodyOffset: 0, hasFrontmatter: false };
  return { yaml: match[1]!, yamlLine: 2, body: text.slice(match[0].length), bodyOffset: match[0].length, hasFrontmatter: true };
}
