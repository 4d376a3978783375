/**
 * The command-line contract shared by `npm run validate` and `npm run check:content`: one folder
 * option, `--format text|json|markdown` (Markdown for a pull-request comment; with `--base <ref>`
 * where the command can compare), optional boolean flags, `-h/--help`; the report in the validator's
 * format on stdout; exit code 0 valid (warnings allowed), 1 any error, 2 usage error. Each script
 * only says what it checks. Runs under Node 24 type stripping: erasable TypeScript only.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatJson, formatText, type FormatOptions } from '../src/lib/data/index.ts';
import { formatMarkdown, type MarkdownComparison } from '../src/lib/data/report-markdown.ts';
import type { BaseStats, Report } from '../src/lib/data/problem.ts';

type AnyReport = Report<BaseStats, string>;

export interface ReportCli<R extends AnyReport> {
  /** The usage text, printed with every usage error (exit 2) and for --help (exit 0). */
  usage: string;
  /** The folder option: its name (`data`), default and the message when it is not a folder. */
  folder: { option: string; fallback: string; notFound: string };
  /** Names of boolean options, e.g. `strict`. */
  flags?: readonly string[];
  /** What to say when the check itself throws (a bug: the library reports problems instead). */
  internalError: string;
  check(folder: string, flags: Readonly<Record<string, boolean>>): R | Promise<R>;
  /**
   * For `--format markdown`: what the data changes against a base (`--base <ref>`, default
   * `origin/main`). Commands without it take no `--base`.
   */
  compare?(folder: string, base: string, report: R): MarkdownComparison | Promise<MarkdownComparison>;
  /** Extra text-format options (subject and counts) for this report. */
  textOptions?(report: R): Omit<FormatOptions, 'cwd'>;
}

/** A usage mistake: printed with the usage text, exit code 2. */
class UsageError extends Error {}

const FORMATS = ['text', 'json', 'markdown'] as const;
/** What `--format markdown` compares with when `--base` is not given: the branch a pull request targets. */
export const DEFAULT_BASE = 'origin/main';

interface Args {
  folder: string;
  format: (typeof FORMATS)[number];
  base: string | undefined;
  flags: Record<string, boolean>;
  help: boolean;
}

function parse(cli: ReportCli<AnyReport>, argv: string[]): Args {
  const { option, fallback } = cli.folder;
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        [option]: { type: 'string', default: fallback },
        format: { type: 'string', default: 'text' },
        ...(cli.compare && { base: { type: 'string' } }),
        help: { type: 'boolean', short: 'h', default: false },
        ...Object.fromEntries((cli.flags ?? []).map((flag) => [flag, { type: 'boolean', default: false } as const])),
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const format = values.format as Args['format'];
  if (!FORMATS.includes(format)) throw new UsageError(`--format 只能是 text、json 或 markdown，实际为 "${format}"`);
  const base = values.base as string | undefined;
  if (base !== undefined && format !== 'markdown') throw new UsageError('--base 只能与 --format markdown 一起使用');
  // A ref is handed to git: one that starts with "-" would be read as an option.
  if (base !== undefined && (base === '' || base.startsWith('-')))
    throw new UsageError(`--base 应为 git 引用（分支、标签或提交），实际为 "${base}"`);
  const folder = values[option] as string;
  if (folder === '') throw new UsageError(`--${option} 不能为空`);
  const flags = Object.fromEntries((cli.flags ?? []).map((flag) => [flag, values[flag] === true]));
  return { folder, format, base, flags, help: values.help === true };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Parses `argv`, runs the check, prints the report and returns the exit code. */
export async function runReportCli<R extends AnyReport>(cli: ReportCli<R>, argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parse(cli as ReportCli<AnyReport>, argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${cli.usage}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${cli.usage}\n`);
    return 0;
  }
  if (!isDirectory(args.folder)) {
    process.stderr.write(`${cli.folder.notFound} ${args.folder}\n\n${cli.usage}\n`);
    return 2;
  }
  const report = await cli.check(args.folder, args.flags);
  const cwd = process.cwd();
  const output =
    args.format === 'json'
      ? formatJson(report, { cwd })
      : args.format === 'markdown'
        ? formatMarkdown(report, {
            cwd,
            comparison: await cli.compare?.(args.folder, args.base ?? DEFAULT_BASE, report),
          })
        : formatText(report, { cwd, ...cli.textOptions?.(report) });
  process.stdout.write(output);
  return report.valid ? 0 : 1;
}

/** Runs the command and sets the process's exit code; an exception is a bug, reported as such. */
export async function startReportCli<R extends AnyReport>(cli: ReportCli<R>): Promise<void> {
  try {
    process.exitCode = await runReportCli(cli, process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${cli.internalError}：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
}
