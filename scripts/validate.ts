/**
 * npm run validate -- [--data DIR] [--format text|json] [--strict]
 *
 * Wiring only: parse the arguments, validate with src/lib/data, print the report, set the exit
 * code — 0 valid (warnings allowed), 1 any error, 2 usage error. Runs under Node 24 type
 * stripping, so erasable TypeScript only and relative imports with `.ts`.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatJson, formatText, validateDataDir } from '../src/lib/data/index.ts';

const USAGE = `用法: npm run validate -- [--data DIR] [--format text|json] [--strict]

  --data DIR       要校验的数据文件夹（默认 data）
  --format FORMAT  text（默认，给人看）或 json（给工具用）
  --strict         status 为 example 的示例数据也算错误（发布前使用）
  -h, --help       显示本说明

退出码: 0 通过（可以有警告），1 有错误，2 用法错误`;

/** A usage mistake: printed with the usage text, exit code 2. */
class UsageError extends Error {
  exitCode = 2;
}

interface Args {
  data: string;
  format: 'text' | 'json';
  strict: boolean;
  help: boolean;
}

function parse(argv: string[]): Args {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
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
  const data = values.data as string;
  if (data === '') throw new UsageError('--data 不能为空');
  return { data, format, strict: values.strict === true, help: values.help === true };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function main(argv: string[]): number {
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
  if (!isDirectory(args.data)) {
    process.stderr.write(`找不到数据文件夹 ${args.data}\n\n${USAGE}\n`);
    return 2;
  }
  const report = validateDataDir(args.data, { strict: args.strict });
  const cwd = process.cwd();
  process.stdout.write(args.format === 'json' ? formatJson(report, { cwd }) : formatText(report, { cwd }));
  return report.valid ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // The library reports problems instead of throwing; reaching here is a validator bug.
  process.stderr.write(`校验器内部错误（请报告给开发者）：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
}
