/**
 * Validation throughput: a copy of data/ whose example county CSV is replaced by `rows`
 * generated rows (default 1,000,000), validated in a child process and, for comparison, read by
 * a plain csv-parse stream over the same file in another. Both report rows per second and the
 * peak memory of their process.
 *
 * Every cell of every generated row is valid: real county codes in force in 2018–2020, a year of
 * the dataset, and numbers within their bounds, so each cell takes the validator's full path
 * (type, constraints, registry, indicator rules). A county table has only 130 counties × 3 years
 * of distinct keys, so past the first 390 rows each row repeats a key: the validator reports each
 * repeat (a duplicate-row or primary-key error, listed up to 100 and counted exactly), and the
 * release check compares the whole table with its released copy.
 */
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { measure } from './measure.ts';

const HEADER =
  'division_code,year,registered_poor,registered_poor_households,lifted_out,lifted_out_national,remaining_poor,rural_population,poverty_incidence,lifted_out_supported,policy_population,key_villages,key_villages_exited,key_villages_remaining,houses_renovated,relocated,students_aided,insurance_covered,insurance_coverage,dibao_covered,extremely_poor_dependent,centralised_care,centralised_care_rate,empty_shell_villages,special_funds';
const CSV = 'datasets/county-example/county-example.csv';

/** Counties in force through 2018–2020 (no start or end date in the registry). */
function steadyCounties(dataDir: string): string[] {
  const rows = parse(readFileSync(join(dataDir, 'divisions/divisions.csv')), { columns: true }) as Array<
    Record<string, string>
  >;
  return rows.filter((r) => r.level === 'county' && r.valid_from === '' && r.valid_to === '').map((r) => r.code!);
}

function writeRows(file: string, rows: number, counties: readonly string[]): void {
  const indicators = HEADER.split(',').length - 2;
  // Written in pieces, so the bench itself stays small.
  const fd = openSync(file, 'w');
  writeSync(fd, `${HEADER}\n`);
  for (let i = 0; i < rows; i += 10_000) {
    const piece: string[] = [];
    for (let k = i; k < Math.min(rows, i + 10_000); k++) {
      // One value per row for every indicator (1–90: a valid count and a valid percentage, and
      // no part larger than its whole); the county and year cycle through every key.
      const value = String(1 + (k % 90));
      const year = 2018 + (Math.floor(k / counties.length) % 3);
      piece.push(`${counties[k % counties.length]},${year},${Array(indicators).fill(value).join(',')}\n`);
    }
    writeSync(fd, piece.join(''));
  }
  closeSync(fd);
}

export async function measureValidate(rows = 1_000_000) {
  const root = mkdtempSync(join(tmpdir(), 'bench-validate-'));
  try {
    const dataDir = join(root, 'data');
    cpSync('data', dataDir, { recursive: true });
    writeRows(join(dataDir, CSV), rows, steadyCounties(dataDir));
    const fileMB = Number((statSync(join(dataDir, CSV)).size / 1024 / 1024).toFixed(1));
    const side = async (args: string[]) => {
      const cpuFile = join(root, 'cpu-seconds');
      const run = await measure(['scripts/bench/validate-child.ts', ...args, cpuFile]);
      return { ...run, cpuSeconds: Number(readFileSync(cpuFile, 'utf8')) };
    };
    // Each side twice, alternately, keeping the faster run: other work on a shared machine
    // slows one run more than another, and the ratio is what matters.
    const plain = fastest(await side(['parse', join(dataDir, CSV)]), await side(['parse', join(dataDir, CSV)]));
    const full = fastest(await side(['validate', dataDir]), await side(['validate', dataDir]));
    return {
      rows,
      fileMB,
      rowsPerSecond: Math.round(rows / full.seconds),
      plainParseRowsPerSecond: Math.round(rows / plain.seconds),
      // The same per second of processor time, which a busy machine disturbs less.
      rowsPerCpuSecond: Math.round(rows / full.cpuSeconds),
      plainParseRowsPerCpuSecond: Math.round(rows / plain.cpuSeconds),
      peakMB: full.peakMB,
      plainParsePeakMB: plain.peakMB,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const fastest = <T extends { seconds: number }>(a: T, b: T): T => (a.seconds <= b.seconds ? a : b);
