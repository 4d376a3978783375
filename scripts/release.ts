/**
 * npm run release -- <dataset> [--zh TEXT --en TEXT] [--bump patch|minor|major] [--date YYYY-MM-DD] [--data DIR]
 *
 * Records a release of one dataset (docs/releases.md): raises `version` by the rule (or records
 * the version the descriptor already names), writes the note into `releaseNotes`, and copies the
 * tables to `releases/<version>/`. The decisions are in src/lib/releases/prepare-release.ts;
 * this script only parses arguments, writes files and exits (0 done, 1 refused, 2 usage error).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../src/lib/data-dir.ts';
import { prepareRelease } from '../src/lib/releases/prepare-release.ts';

const USAGE = `用法: npm run release -- <数据集> [--zh 说明 --en note] [--bump patch|minor|major] [--date YYYY-MM-DD]

  <数据集>         data/datasets/ 下的文件夹名，如 county-reported
  --zh, --en       这个版本改了什么、为什么（中英文各一句）
  --bump KIND      patch 更正数值；minor 新增行或年份；major 改动定义（默认按改动取最小的）
  --date DATE      发布日期（默认今天，UTC）
  --data DIR       数据文件夹（默认 data，或环境变量 DATA_DIR，与 npm run validate 相同）

退出码: 0 已记录，1 拒绝（原因逐条列出），2 用法错误`;

function usage(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    options: {
      zh: { type: 'string' },
      en: { type: 'string' },
      bump: { type: 'string' },
      date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      data: { type: 'string', default: DATA_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
} catch (e) {
  usage(e instanceof Error ? e.message : String(e));
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1) usage('请给出一个数据集的名字');
const bump = values.bump;
if (bump !== undefined && bump !== 'patch' && bump !== 'minor' && bump !== 'major')
  usage(`--bump 只能是 patch、minor 或 major，实际为 “${bump}”`);
const name = positionals[0]!;
if (!/^[a-z0-9-]+$/.test(name)) usage(`数据集名只能有小写字母、数字和连字符，实际为 “${name}”`);

const outcome = prepareRelease({
  dir: join(values.data, 'datasets', name),
  zh: values.zh,
  en: values.en,
  bump,
  date: values.date,
});
if (!outcome.ok) {
  process.stderr.write(`没有发布 ${name}：\n${outcome.reasons.map((r) => `  - ${r}`).join('\n')}\n`);
  process.exit(1);
}
const plan = outcome.plan;
for (const { from, to } of plan.copies) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
writeFileSync(plan.descriptorFile, plan.descriptor);
const count = (f: (d: (typeof plan.diffs)[number]['diff']) => number) => plan.diffs.reduce((n, d) => n + f(d.diff), 0);
process.stdout.write(
  `已记录 ${plan.dataset} ${plan.version}${plan.previous ? `（上一版 ${plan.previous}，${plan.kind}）` : '（首次发布）'}：` +
    `改动 ${count((d) => d.changed.length)} 个数值，新增 ${count((d) => d.added.length)} 行，删除 ${count((d) => d.removed.length)} 行。\n` +
    `表格副本在 ${dirname(plan.copies[0]!.to)}/；请运行 npm run validate 检查，再提交。\n`,
);
