/**
 * npm run validate -- [--data DIR] [--format text|json|markdown] [--base REF] [--strict]
 *
 * Wiring only: validate with src/lib/data under the command-line contract of scripts/report-cli.ts
 * (the report on stdout; exit 0 valid (warnings allowed), 1 any error, 2 usage error). With
 * `--format markdown` the report is a pull-request comment that also compares data/ with a base
 * (scripts/pr-base.ts, src/lib/data/compare-base.ts). Runs under Node 24 type stripping, so
 * erasable TypeScript only and relative imports with `.ts`.
 *
 * The data folder of the run is the one `--data` names (`DATA_DIR`, or `data`, when not given),
 * and every step gets it as an argument: the checks, the comparison, and the site's years and
 * pages the links point to (from that folder's geo/). Nothing here imports a module that reads
 * the default folder on import (src/lib/plan.ts, src/lib/site-data/index.ts).
 */
import { join } from 'node:path';
import { POLICY_SLUGS } from '../src/lib/content/schemas.ts';
import { compareWithBase } from '../src/lib/data/compare-base.ts';
import { readPackage, validateDataDir } from '../src/lib/data/index.ts';
import { buildRegistry } from '../src/lib/data/registry.ts';
import { divisionByCode } from '../src/lib/divisions/index.ts';
import { pagesFor } from '../src/lib/data/compare-base.ts';
import { loadSiteData } from '../src/lib/site-data/load.ts';
import { pagePaths } from '../src/lib/site-data/pages.ts';
import { DATA_DIR } from '../src/lib/data-dir.ts';
import { siteConfig } from '../site.config.ts';
import { findBase } from './pr-base.ts';
import { DEFAULT_BASE, startReportCli } from './report-cli.ts';

const USAGE = `用法: npm run validate -- [--data DIR] [--format text|json|markdown] [--base REF] [--strict]

  --data DIR       要校验的数据文件夹（默认 data，或环境变量 DATA_DIR）；一切都从这个文件夹读取，
                   包括年份（geo/ 中的边界文件）和报告链接到的页面
  --format FORMAT  text（默认，给人看）、json（给工具用）或 markdown（拉取请求的评论）
  --base REF       markdown 报告与哪个 git 版本比较（默认 ${DEFAULT_BASE}；找不到时与各数据集的上一个发布版本比较）
  --strict         status 为 example 的示例数据也算错误（发布前使用）
  -h, --help       显示本说明

退出码: 0 通过（可以有警告），1 有错误，2 用法错误`;

await startReportCli({
  usage: USAGE,
  folder: { option: 'data', fallback: DATA_DIR, notFound: '找不到数据文件夹' },
  flags: ['strict'],
  internalError: '校验器内部错误（请报告给开发者）',
  // The library reports problems instead of throwing; an exception here is a validator bug.
  check: (data, { strict }) => validateDataDir(data, { strict }),
  compare: (data, ref, report) => {
    const base = findBase(ref);
    const registry = buildRegistry(readPackage(join(data, 'divisions')), readPackage(join(data, 'indicators')));
    // Links only to pages the site builds; data the site cannot load yet gets no links.
    let pages: Set<string> = new Set();
    try {
      pages = new Set(pagePaths(loadSiteData(data), POLICY_SLUGS));
    } catch {
      // Invalid data: the problems above say why.
    }
    return {
      base: base.label,
      tables: compareWithBase(data, base.read, registry, report.problems),
      divisionName: (code) => {
        const d = registry.divisions && divisionByCode(registry.divisions, code);
        return d ? `${d.nameZh} ${code}` : code;
      },
      indicatorName: (id) => {
        const i = registry.indicators?.get(id);
        return i ? `${i.nameZh} ${id}` : id;
      },
      pages: (change) =>
        pagesFor(registry.divisions, change, (p) => pages.has(p)).map((p) => new URL(p, siteConfig.site).href),
    };
  },
});
