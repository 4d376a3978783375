/**
 * Validation throughput: a copy of data/ whose example county CSV is replaced by `rows`
 * generated rows (default 1,000,000), validated in a child process and, for comparison, read by
 * a plain csv-parse stream over the same file in another. Both report rows per second and the
 * peak memory of their process. Every generated row carries a unit suffix (type-error) and a
 * repeated key (primary-key), because 1,000,000 distinct county-year keys do not exist: this is
 * the validator's slow path, reporting every problem with exact counts.
 */
import { closeSync, cpSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.ts';

const HEADER =
  'division_code,year,registered_poor,registered_poor_households,lifted_out,lifted_out_national,remaining_poor,rural_population,poverty_incidence,lifted_out_supported,policy_population,key_villages,key_villages_exited,key_villages_remaining,houses_renovated,relocated,students_aided,insurance_covered,insurance_coverage,dibao_covered,extremely_poor_dependent,centralised_care,centralised_care_rate,empty_shell_villages,special_funds';
const CSV = 'datasets/county-example/county-example.csv';

function writeRows(file: string, rows: number): void {
  const rest = Array.from({ length: 21 }, () => '1').join(',');
  // Written in pieces, so the bench itself stays small.
  const fd = openSync(file, 'w');
  writeSync(fd, `${HEADER}\n`);
  for (let i = 0; i < rows; i += 10_000) {
    const piece: string[] = [];
    for (let k = i; k < Math.min(rows, i + 10_000); k++) piece.push(`370102,2019,1.2万,${k},${rest}\n`);
    writeSync(fd, piece.join(''));
  }
  closeSync(fd);
}

export async function measureValidate(rows = 1_000_000) {
  const root = mkdtempSync(join(tmpdir(), 'bench-validate-'));
  try {
    const dataDir = join(root, 'data');
    cpSync('data', dataDir, { recursive: true });
    writeRows(join(dataDir, CSV), rows);
    const fileMB = Number((statSync(join(dataDir, CSV)).size / 1024 / 1024).toFixed(1));
    const child = 'scripts/bench/validate-child.ts';
    const plain = await measure([child, 'parse', join(dataDir, CSV)]);
    const full = await measure([child, 'validate', dataDir]);
    return {
      rows,
      fileMB,
      rowsPerSecond: Math.round(rows / full.seconds),
      plainParseRowsPerSecond: Math.round(rows / plain.seconds),
      peakMB: full.peakMB,
      plainParsePeakMB: plain.peakMB,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
