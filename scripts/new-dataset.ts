/**
 * npm run new:dataset -- <id> --status example|official [--indicators a,b] [--data DIR]
 *
 * Scaffolds data/datasets/<id>/ (src/lib/data/scaffold-dataset.ts): a descriptor with every
 * required property known or marked TODO, and a CSV whose header is the key columns and the
 * chosen indicators. Refuses, with one line each and exit code 2, an invalid or existing id, a
 * missing or unknown status and an indicator the catalogue does not have. Then `npm run validate`
 * lists the TODOs still to fill in.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPackage } from '../src/lib/data/index.ts';
import { DATA_DIR } from '../src/lib/data-dir.ts';
import { readIndicators } from '../src/lib/data/registry.ts';
import {
  datasetIdProblem,
  DATASET_STATUSES,
  scaffoldDataset,
  type DatasetStatus,
} from '../src/lib/data/scaffold-dataset.ts';
import { closest } from '../src/lib/data/suggest.ts';

const USAGE = `用法: npm run new:dataset -- <名称> --status example|official [--indicators 指标1,指标2] [--data DIR]

  <名称>              数据集名称，也是文件夹名：小写字母、数字和连字符，例如 county-2021
  --status STATUS     official（已公布的数字，每个注明来源）或 example（生成的示例数据），必须写明
  --indicators LIST   CSV 表头中的指标，用逗号分隔，取自 data/indicators/indicators.csv 的 id
  --data DIR          数据文件夹（默认 data，或环境变量 DATA_DIR，与 npm run validate 相同）

退出码: 0 已创建，2 用法错误（什么也不写）`;

function main(argv: string[]): number {
  let values: { status?: string; indicators?: string; data: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        status: { type: 'string' },
        indicators: { type: 'string' },
        data: { type: 'string', default: DATA_DIR },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    }) as { values: typeof values; positionals: string[] });
  } catch (e) {
    return usage([(e as Error).message]);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const refusals: string[] = [];
  const [id] = positionals;
  if (id === undefined || positionals.length > 1)
    refusals.push('请写一个数据集名称，例如 npm run new:dataset -- county-2021 --status official');
  const folder = id === undefined ? null : join(values.data, 'datasets', id);
  if (id !== undefined) {
    const problem = datasetIdProblem(id);
    if (problem) refusals.push(problem);
    else if (existsSync(folder!))
      refusals.push(`数据集 ${id} 已经存在（${folder}）：请换一个名称，或直接修改那个文件夹`);
  }
  if (values.status === undefined)
    refusals.push(
      '请用 --status 写明是正式数据还是示例数据：--status official（已公布的数字）或 --status example（生成的示例数据）',
    );
  else if (!(DATASET_STATUSES as readonly string[]).includes(values.status))
    refusals.push(`--status 只能是 official 或 example，实际为 “${values.status}”`);

  const catalogueDir = join(values.data, 'indicators');
  const { indicators: catalogue } = existsSync(catalogueDir)
    ? readIndicators(readPackage(catalogueDir))
    : { indicators: null };
  if (catalogue === null) refusals.push(`读不到指标目录 ${catalogueDir}：请先运行 npm run validate`);
  const wanted = (values.indicators ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of wanted)
    if (catalogue && !catalogue.has(name)) {
      const near = closest(name, catalogue.keys());
      refusals.push(
        `指标 “${name}” 不在指标目录 data/indicators/indicators.csv 中${near.length ? `，是不是 ${near.join('、')}？` : ''}（新指标先按 CONTRIBUTING.md 的步骤加入目录）`,
      );
    }
  if (new Set(wanted).size !== wanted.length) refusals.push('--indicators 中有重复的指标');
  if (refusals.length > 0) return usage(refusals);

  const scaffold = scaffoldDataset(
    id!,
    values.status as DatasetStatus,
    wanted.map((name) => catalogue!.get(name)!),
  );
  mkdirSync(folder!, { recursive: true });
  writeFileSync(join(folder!, 'datapackage.json'), scaffold.descriptor);
  writeFileSync(join(folder!, `${id}.csv`), scaffold.csv);
  process.stdout.write(
    [
      `✓ 已创建 ${join(folder!, 'datapackage.json')}`,
      `✓ 已创建 ${join(folder!, `${id}.csv`)}（表头：${scaffold.csv.trim()}）`,
      '',
      '下一步：把 datapackage.json 中每个以 TODO 开头的值换成真实内容，在 CSV 中每个区划每年写一行，',
      '然后运行 npm run validate，它会列出还没有填写的 TODO（todo-value）和其他问题。',
      '',
    ].join('\n'),
  );
  return 0;
}

function usage(lines: string[]): number {
  process.stderr.write(`${lines.map((l) => `✗ ${l}`).join('\n')}\n\n${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
