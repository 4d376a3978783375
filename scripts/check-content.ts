/**
 * npm run check:content -- [--content DIR] [--format text|json]
 *
 * Wiring only, under the command-line contract of scripts/report-cli.ts: check everything under content/
 * with src/lib/content (files, MDX syntax tree, front matter and YAML against the schemas,
 * glossary markup, zh/en twins, references to indicators and to the plan-targets dataset), print
 * the report in the validator's format, set the exit code — 0 valid (warnings allowed), 1 any
 * error, 2 usage error.
 */
import { resolve } from 'node:path';
import { checkContentDir, type ContentReport } from '../src/lib/content/check-content.ts';
import { loadSiteData } from '../src/lib/site-data/index.ts';
import { startReportCli } from './report-cli.ts';

const USAGE = `用法: npm run check:content -- [--content DIR] [--format text|json]

  --content DIR    要检查的内容文件夹（默认 content）
  --format FORMAT  text（默认，给人看）或 json（给工具用）
  -h, --help       显示本说明

退出码: 0 通过（可以有警告），1 有错误，2 用法错误`;

/**
 * References into data/ are checked when the data can be read; the data validator reports data
 * problems itself (it runs first in npm run build), so here a failure only skips them, with a note.
 */
function dataReferences(): { indicatorIds?: Set<string>; planTargetRows?: unknown[] } {
  try {
    const data = loadSiteData();
    return {
      indicatorIds: new Set(data.indicators.map((i) => i.id)),
      planTargetRows: Object.values(data.datasets.find((d) => d.name === 'plan-targets')?.tables ?? {}).flat(),
    };
  } catch (e) {
    process.stderr.write(
      `注意：读不了 data/，没有检查对指标和 plan-targets 的引用：${(e as Error).message.split('\n')[0]}\n`,
    );
    return {};
  }
}

await startReportCli({
  usage: USAGE,
  folder: { option: 'content', fallback: 'content', notFound: '找不到内容文件夹' },
  internalError: '内容检查内部错误（请报告给开发者）',
  // Only the site's own content folder must have an explainer for every part of the plan.
  check: (content) =>
    checkContentDir(content, { ...dataReferences(), requireAllSections: resolve(content) === resolve('content') }),
  textOptions: ({ stats }: ContentReport) => ({
    subject: 'content',
    detail: `${stats.explainers} explainers, ${stats.glossaryTerms} glossary terms, ${stats.timelineEvents} milestones, ${stats.targets} targets`,
  }),
});
