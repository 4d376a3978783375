/**
 * The China-scale build (`npm run bench -- --stress`): generates a data folder the size of all
 * of China's county level (src/lib/bench/stress-*.ts: 31 provinces, ~340 prefectures, 2,850
 * counties, five years, every indicator, example status, made-up boundaries) in a temporary
 * folder outside data/, then times the whole production build on it — validation, content
 * check, astro build, page-list check — with `DATA_DIR` pointing there and the site published
 * into the temporary folder, never into the project's dist/. The folder is removed afterwards
 * unless `keep` is set.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stressFiles } from '../../src/lib/bench/stress-data.ts';
import { CHINA_SIZE, type StressSize } from '../../src/lib/bench/stress-registry.ts';
import { pageStats } from './floor.ts';
import { measure } from './measure.ts';
import { readIndicatorInfo } from '../indicator-info.ts';

/** Five year-end states, the plan's three and the two before it. */
export const STRESS_YEARS = [2016, 2017, 2018, 2019, 2020] as const;
/** Not generated: the catalogue every dataset refers to, and the datasets the explainers cite (province 370000 only). */
const COPIED = ['indicators', 'datasets/plan-targets', 'datasets/province-reported'];

export interface StressResult {
  seconds: number;
  peakMB: number;
  pages: number;
  divisions: number;
  pagesPerSecond: number;
  /** Time to generate and write the data folder, not part of `seconds`. */
  generateSeconds: number;
  exampleRows: number;
  /** Processor time of the whole build (every process, user + system): on a shared machine, wall time is mostly waiting. */
  cpuSeconds: number;
}

/**
 * Processor seconds of this process's finished children so far (`cutime` + `cstime` of
 * /proc/self/stat, proc(5)): a child that waited for its own children includes theirs. Linux only; 0 elsewhere.
 */
function childrenCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields 16 and 17 of the line, counted from 1; the split drops the first two.
    return (Number(fields[13]) + Number(fields[14])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

/** Writes the stress data folder into `root/data`; returns its registry size and example row count. */
export function writeStressData(root: string, size: StressSize = CHINA_SIZE) {
  const data = join(root, 'data');
  const generated = stressFiles(
    size,
    STRESS_YEARS,
    readFileSync(join('data', 'divisions', 'datapackage.json'), 'utf8'),
    readIndicatorInfo('data'),
  );
  for (const [path, text] of generated.files) {
    mkdirSync(dirname(join(data, path)), { recursive: true });
    writeFileSync(join(data, path), text);
  }
  for (const folder of COPIED) cpSync(join('data', folder), join(data, folder), { recursive: true });
  return { data, divisions: generated.registry.length, exampleRows: generated.rows };
}

export async function measureStress(options: { keep?: boolean; size?: StressSize } = {}): Promise<StressResult> {
  const root = mkdtempSync(join(tmpdir(), 'bench-stress-'));
  try {
    const start = performance.now();
    const { data, divisions, exampleRows } = writeStressData(root, options.size);
    const generateSeconds = Number(((performance.now() - start) / 1000).toFixed(1));
    console.log(
      `stress: ${divisions} divisions, ${exampleRows} example rows written to ${data} in ${generateSeconds} s`,
    );
    const cpuBefore = childrenCpuSeconds();
    const run = await measure(['scripts/build.ts', '--out', root], { ...process.env, DATA_DIR: data }, false);
    const cpuSeconds = Number((childrenCpuSeconds() - cpuBefore).toFixed(1));
    const { pages } = pageStats(join(root, 'dist'));
    return {
      ...run,
      pages,
      divisions,
      pagesPerSecond: Number((pages / run.seconds).toFixed(1)),
      generateSeconds,
      exampleRows,
      cpuSeconds,
    };
  } finally {
    if (options.keep) console.log(`stress: kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
