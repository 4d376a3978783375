/**
 * npm run validate -- [--data DIR] [--format text|json] [--strict]
 *
 * Wiring only: validate with src/lib/data under the command-line contract of scripts/report-cli.ts
 * (the report on stdout; exit 0 valid (warnings allowed), 1 any error, 2 usage error). Runs under Node 24 type
 * stripping, so erasable TypeScript only and relative imports with `.ts`.
 */
import { validateDataDir } from '../src/lib/data/index.ts';
import { startReportCli } from './report-cli.ts';

const USAGE = `用法: npm run validate -- [--data DIR] [--format text|json] [--strict]

  --data DIR       要校验的数据文件夹（默认 data）
  --format FORMAT  text（默认，给人看）或 json（给工具用）
  --strict         status 为 example 的示例数据也算错误（发布前使用）
  -h, --help       显示本说明

退出码: 0 通过（可以有警告），1 有错误，2 用法错误`;

await startReportCli({
  usage: USAGE,
  folder: { option: 'data', fallback: 'data', notFound: '找不到数据文件夹' },
  flags: ['strict'],
  internalError: '校验器内部错误（请报告给开发者）',
  // The library reports problems instead of throwing; an exception here is a validator bug.
  check: (data, { strict }) => validateDataDir(data, { strict }),
});
