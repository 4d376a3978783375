import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkMdx } from './check-mdx.ts';
import { checkSafety } from './check-safety.ts';
import { listContentFiles } from './content-files.ts';
import { parseWithSchema } from './friendly-errors.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { sortProblems, type BaseStats, type Report } from '../data/problem.ts';
import { contentProblem, type ContentProblem, type ContentProblemType } from './problem.ts';
import { GlossaryTermSchema, POLICY_SLUGS, PolicyFrontmatterSchema, TimelineEventSchema, TrackerTargetSchema, type GlossaryTerm, type PolicyFrontmatter } from './schemas.ts';
import { checkTermMarkup } from './term-markup.ts';
import { checkTwins, type Explainer } from './twins.ts';
import { resolveTargets } from './resolve-targets.ts';
import type { TrackerTarget } from './target-schema.ts';

export interface ContentFile {
  /** Path shown in reports, e.g. `content/policy/zh/targets.mdx`. */
  path: string;
  /** Path inside the content folder, e.g. `policy/zh/targets.mdx` (decides which checks apply). */
  rel: string;
  text: string;
}

export interface ContentCheckOptions {
  /** Project root, to resolve MDX imports (default `.`). */
  root?: string;
  /** Indicator ids from data/indicators; when given, references to unknown ids are errors. */
  indicatorIds?: ReadonlySet<string>;
  /** Require an explainer for every section of the plan (POLICY_SLUGS); the site build does. */
  requireAllSections?: boolean;
  /** Rows of data/datasets/plan-targets; when given, the tracker's `planTarget` references are joined and checked. */
  planTargetRows?: readonly unknown[];
}

export interface ContentStats extends BaseStats {
  explainers: number;
  glossaryTerms: number;
  timelineEvents: number;
  targets: number;
}

/** The validator's report shape (src/lib/data/problem.ts), with content's stats and problem types. */
export type ContentReport = Report<ContentStats, ContentProblemType>;

const FRONTMATTER_HINTS: Record<string, string> = {
  lastReviewed: '写成带引号的日期，例如 lastReviewed: "2024-05-01"（最近一次对照原文核对本页的日期）。',
  clause: '写原文的部分和条目，例如 "第二部分 三"；只有部分时写 "第三部分"。',
  lang: '中文文件写 zh-CN，英文文件写 en，并与所在文件夹（zh/ 或 en/）一致。',
  sources: `写所引文献的 id 列表，例如 [interpretation-2018]。`,
  indicators: '写 data/indicators/indicators.csv 中的指标 id 列表；没有时写 []。',
  order: '写正整数，表示在大纲中的位置（1 为第一）。',
};

interface ListItem<T> {
  value: T;
  file: string;
  /** Position of a field of this item, for cross-reference problems. */
  at: (field: string) => { line: number; column: number } | Record<string, never>;
}

/** Parses a YAML list file item by item with `schema`; returns the valid items and the problems. */
function checkList<T extends { id: string }>(file: ContentFile, schema: Parameters<typeof parseWithSchema>[0], problems: ContentProblem[]): ListItem<T>[] {
  const parsed = parseYaml(file.path, file.text);
  problems.push(...parsed.problems);
  if (parsed.problems.length) return [];
  if (!Array.isArray(parsed.data)) {
    problems.push(contentProblem({ file: file.path, type: 'data-error', expected: '数组', found: typeof parsed.data, message: '文件应是一个列表，每项以 “- id: …” 开头。', hint: '参照同一文件夹中已有的条目。' }));
    return [];
  }
  const items: ListItem<T>[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((item: unknown, i: number) => {
    const result = parseWithSchema(schema, item, file.path, { type: 'data-error', fieldPrefix: `[${i}]`, locate: (path) => parsed.locate([i, ...path]) });
    if (!result.ok) return void problems.push(...result.problems);
    const value = result.data as T;
    if (seen.has(value.id)) {
      problems.push(contentProblem({ file: file.path, ...(parsed.locate([i, 'id']) ?? {}), type: 'duplicate-id', field: `[${i}].id`, found: value.id, message: `id “${value.id}” 重复（第 ${seen.get(value.id)! + 1} 项已用过）。`, hint: 'id 必须唯一：改名或合并两项。' }));
    }
    seen.set(value.id, i);
    items.push({ value, file: file.path, at: (field) => parsed.locate([i, field]) ?? {} });
  });
  return items;
}

/**
 * MDX is checked on its syntax tree (./check-mdx.ts); the older text rules (./check-safety.ts)
 * stay as a second line for every file, and speak on a line of an MDX file only when the tree
 * check found nothing there, so one mistake is reported once.
 */
function checkSafe(f: ContentFile, root: string | undefined): ContentProblem[] {
  const text = checkSafety(f.path, f.text, { root });
  if (!/\.mdx$/i.test(f.path)) return text;
  const tree = checkMdx(f.path, f.text, { root });
  const lines = new Set(tree.map((p) => p.line));
  return [...tree, ...text.filter((p) => !lines.has(p.line))];
}

/**
 * Checks everything under content/ before the build: front matter and data files against the
 * schemas (friendly messages), safety of every file, glossary markup, zh/en twins and
 * cross-references. Collects every problem and returns them; the caller decides what to do.
 */
export function checkContentFiles(files: readonly ContentFile[], options: ContentCheckOptions = {}, found: readonly ContentProblem[] = []): ContentReport {
  const problems: ContentProblem[] = [...found];
  for (const f of files) problems.push(...checkSafe(f, options.root));

  const explainers: (Explainer & { data: PolicyFrontmatter; text: string })[] = [];
  for (const f of files) {
    const m = /^policy\/(zh|en)\/([^/]+)\.mdx$/.exec(f.rel);
    if (!m) continue;
    const [, folder, slug] = m;
    const split = splitFrontmatter(f.text);
    if (!split.hasFrontmatter) {
      problems.push(contentProblem({ file: f.path, type: 'frontmatter-missing', message: '文件开头缺少 front matter（两行 --- 之间的字段）。', hint: '从同一文件夹中的其他说明页复制开头的字段再修改。' }));
      continue;
    }
    const yaml = parseYaml(f.path, split.yaml, split.yamlLine);
    problems.push(...yaml.problems);
    if (yaml.problems.length) continue;
    const result = parseWithSchema(PolicyFrontmatterSchema, yaml.data, f.path, { locate: yaml.locate, hints: FRONTMATTER_HINTS });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const lang = folder === 'en' ? 'en' : 'zh-CN';
    if (result.data.lang !== lang) {
      problems.push(contentProblem({ file: f.path, ...(yaml.locate(['lang']) ?? {}), type: 'lang-mismatch', field: 'lang', expected: lang, found: result.data.lang, message: `字段 “lang”：文件在 ${folder}/ 文件夹中，应为 ${lang}，实际为 ${result.data.lang}`, hint: FRONTMATTER_HINTS.lang }));
    }
    if (!(POLICY_SLUGS as readonly string[]).includes(slug!)) {
      problems.push(contentProblem({ file: f.path, type: 'unknown-reference', field: '（文件名）', expected: POLICY_SLUGS.join('、'), found: slug!, message: `文件名 “${slug}” 不是实施意见的章节之一。`, hint: '说明页按实施意见的章节命名；新增章节需先在 src/lib/content/fields.ts 的 POLICY_SLUGS 中登记。' }));
    }
    explainers.push({ file: f.path, slug: slug!, lang, data: result.data, text: f.text });
  }

  const byRel = (pattern: RegExp) => files.filter((f) => pattern.test(f.rel));
  const glossary = byRel(/^glossary\/.+\.ya?ml$/).flatMap((f) => checkList<GlossaryTerm>(f, GlossaryTermSchema, problems)).map((i) => i.value);
  const timeline = byRel(/^timeline\/.+\.ya?ml$/).flatMap((f) => checkList<{ id: string; targets: string[] }>(f, TimelineEventSchema, problems));
  const targetFiles = byRel(/^targets\/.+\.ya?ml$/);
  const targets = targetFiles.flatMap((f) => checkList<TrackerTarget>(f, TrackerTargetSchema, problems));

  // A twin whose file exists but failed its own checks is already reported; only a file that is absent is "missing".
  const present = new Set(files.map((f) => `content/${f.rel}`));
  problems.push(...checkTwins(explainers, { requireAllSlugs: options.requireAllSections }).filter((p) => p.type !== 'missing-twin' || !present.has(p.expected ?? '')));
  for (const e of explainers) problems.push(...checkTermMarkup(e.file, e.text, glossary, e.lang));

  // Cross-references: only checked against lists that were read, so one broken file does not flood the report.
  const targetIds = new Set(targets.map((t) => t.value.id));
  const unknown = (file: string, field: string, id: string, where: string, at: object = {}) => contentProblem({
    file, ...at, type: 'unknown-reference', field, found: id, expected: `${where} 中的 id`,
    message: `字段 “${field}”：“${id}” 在 ${where} 中不存在。`, hint: '检查拼写，或先添加被引用的条目。',
  });
  if (targetFiles.length) {
    for (const e of explainers) for (const id of e.data.targets) if (!targetIds.has(id)) problems.push(unknown(e.file, 'targets', id, 'content/targets'));
    for (const ev of timeline) for (const id of ev.value.targets) if (!targetIds.has(id)) problems.push(unknown(ev.file, `${ev.value.id}.targets`, id, 'content/targets', ev.at('targets')));
  }
  if (options.indicatorIds) {
    const ids = options.indicatorIds;
    for (const e of explainers) for (const id of e.data.indicators) if (!ids.has(id)) problems.push(unknown(e.file, 'indicators', id, 'data/indicators/indicators.csv'));
    for (const t of targets) {
      for (const m of [t.value.measuredBy, ...t.value.relatedMeasures]) {
        if (m?.indicator && !ids.has(m.indicator)) problems.push(unknown(t.file, `${t.value.id}.measuredBy`, m.indicator, 'data/indicators/indicators.csv', t.at('measuredBy')));
      }
    }
  }
  if (options.planTargetRows && targetFiles.length) {
    for (const message of resolveTargets(targets.map((t) => t.value), options.planTargetRows).problems) {
      problems.push(contentProblem({ file: targetFiles[0]!.path, type: 'unknown-reference', field: 'planTarget', message, hint: '每个 planTarget 必须是 data/datasets/plan-targets 中的一行，每一行也要在追踪表中出现一次。' }));
    }
  }

  const errors = problems.filter((p) => p.severity === 'error').length;
  const order = [...new Set([...files.map((f) => f.path), ...found.map((p) => p.file)])];
  return {
    valid: errors === 0,
    problems: sortProblems(problems, order),
    files: order,
    stats: { files: order.length, explainers: explainers.length, glossaryTerms: glossary.length, timelineEvents: timeline.length, targets: targets.length, errors, warnings: problems.length - errors },
  };
}

/** Reads every regular file under `dir` (sorted, so reports are stable) and checks them; refuses links and dot-files. */
export async function checkContentDir(dir: string = 'content', options: ContentCheckOptions = {}): Promise<ContentReport> {
  const shownAs = relative(options.root ?? '.', dir).split('\\').join('/') || '.';
  const listed = listContentFiles(dir, shownAs);
  const files = await Promise.all(listed.files.map(async (rel) => ({
    path: `${shownAs}/${rel}`,
    rel,
    text: await readFile(join(dir, rel), 'utf8'),
  })));
  return checkContentFiles(files, options, listed.problems);
}
