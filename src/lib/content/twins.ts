import { contentProblem, type ContentProblem } from './problem.ts';
import { POLICY_SLUGS } from './fields.ts';

export interface Explainer {
  /** Path shown in reports. */
  file: string;
  slug: string;
  lang: 'zh-CN' | 'en';
  data: { order: number; clause: string; indicators: readonly string[]; targets: readonly string[] };
}

const FOLDER = { 'zh-CN': 'zh', en: 'en' } as const;

/**
 * Every explainer exists in both languages, and the two agree on what is not prose: position in
 * the outline, clause, indicators and targets. Used by the content check and, at build time, by
 * the pages' getStaticPaths (which throw on any problem), so a half-translated section can never
 * be published silently.
 */
export function checkTwins(explainers: readonly Explainer[], options: { requireAllSlugs?: boolean } = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const zh = new Map(explainers.filter((e) => e.lang === 'zh-CN').map((e) => [e.slug, e]));
  const en = new Map(explainers.filter((e) => e.lang === 'en').map((e) => [e.slug, e]));
  for (const [mine, other, otherLang] of [[zh, en, 'en'], [en, zh, 'zh-CN']] as const) {
    for (const [slug, e] of mine) {
      if (other.has(slug)) continue;
      problems.push(contentProblem({
        file: e.file, type: 'missing-twin', field: null, expected: `content/policy/${FOLDER[otherLang]}/${slug}.mdx`, found: '缺少 (missing)',
        message: `说明页 “${slug}” 没有${otherLang === 'en' ? '英文' : '中文'}版本。`,
        hint: `新建 content/policy/${FOLDER[otherLang]}/${slug}.mdx；两种语言必须同时发布。`,
      }));
    }
  }
  for (const [slug, a] of zh) {
    const b = en.get(slug);
    if (!b) continue;
    for (const field of ['order', 'clause', 'indicators', 'targets'] as const) {
      if (JSON.stringify(a.data[field]) === JSON.stringify(b.data[field])) continue;
      problems.push(contentProblem({
        file: b.file, type: 'frontmatter-error', field, expected: JSON.stringify(a.data[field]), found: JSON.stringify(b.data[field]),
        message: `字段 “${field}”：应与中文版（${a.file}）相同，即 ${JSON.stringify(a.data[field])}，实际为 ${JSON.stringify(b.data[field])}`,
        hint: '两种语言的说明页讲的是同一部分，序号、条款、指标和目标必须一致。',
      }));
    }
  }
  if (options.requireAllSlugs) {
    for (const slug of POLICY_SLUGS) {
      if (zh.has(slug) || en.has(slug)) continue;
      problems.push(contentProblem({ file: `content/policy/zh/${slug}.mdx`, type: 'missing-twin', expected: `content/policy/{zh,en}/${slug}.mdx`, found: '缺少 (missing)', message: `实施意见的章节 “${slug}” 没有说明页。`, hint: '每个章节都要有中英文说明页。' }));
    }
  }
  return problems;
}
