/**
 * npm run check:content -- [--content DIR] [--format text|json]
 *
 * Wiring only, like scripts/validate.ts: parse the arguments, check everything under content/
 * with src/lib/content (files, MDX syntax tree, front matter and YAML against the schemas,
 * glossary markup, zh/en twins, references to indicators and to the plan-targets dataset), print
 * the report in the validator's format, set the exit code — 0 valid (warnings allowed), 1 any
 * error, 2 usage error.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentDir, type ContentReport } from '../src/lib/content/check-content.ts';
import { formatJson, formatText } from '../src/lib/data/index.ts';
import { loadSiteData } from '../src/lib/site-data/index.ts';

const USAGE = `用法: npm run check:content -- [--content DIR] [--format text|json]

  --content DIR    要检查的内容文件夹（默认 content）
  --format FORMAT  text（默认，给人看）或 json（给工具用）
  -h, --help       显示本说明

退出码: 0 通过（可以有警告），1 有错误，2 用法错误`;

/** A usage mistake: printed with the usage text, exit code 2. */
class UsageError extends Error {
  exitCode = 2;
}

interface Args {
  content: string;
  format: 'text' | 'json';
  help: boolean;
}

function parse(argv: string[]): Args {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: 'content' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，实际为 "${format}"`);
  const content = values.content as string;
  if (content === '') throw new UsageError('--content 不能为空');
  return { content, format, help: values.help === true };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

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
    process.stderr.write(`注意：读不了 data/，没有检查对指标和 plan-targets 的引用：${(e as Error).message.split('\n')[0]}\n`);
    return {};
  }
}

const detail = ({ stats }: ContentReport) =>
  `${stats.explainers} explainers, ${stats.glossaryTerms} glossary terms, ${stats.timelineEvents} milestones, ${stats.targets} targets`;

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return e instanceof UsageError ? e.exitCode : 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!isDirectory(args.content)) {
    process.stderr.write(`找不到内容文件夹 ${args.content}\n\n${USAGE}\n`);
    return 2;
  }
  // Only the site's own content folder must have an explainer for every part of the plan.
  const requireAllSections = resolve(args.content) === resolve('content');
  const report = await checkContentDir(args.content, { ...dataReferences(), requireAllSections });
  const cwd = process.cwd();
  process.stdout.write(
    args.format === 'json' ? formatJson(report, { cwd }) : formatText(report, { cwd, subject: 'content', detail: detail(report) }),
  );
  return report.valid ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // The library reports problems instead of throwing; reaching here is a bug in the check.
  process.stderr.write(`内容检查内部错误（请报告给开发者）：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
}
