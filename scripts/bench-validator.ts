/**
 * node scripts/bench-validator.ts [rows]: the validator under load. Copies data/ to a temporary
 * folder, replaces the example dataset's CSV with `rows` generated rows (default 1,000,000),
 * every one with errors — a unit suffix (type-error) and a repeated key (primary-key) — validates it in a child process and prints the time, the peak resident
 * memory (maxRSS) and the problems by type with exact counts. To see how little of that memory
 * is kept rather than not yet collected, cap V8's heap: NODE_OPTIONS=--max-old-space-size=96.
 * Nothing passes or fails here: on
 * a shared machine figures are noisy, so the README states one run's figure.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataDir } from '../src/lib/data/index.ts';

if (process.argv[2] === '--child') {
  const start = performance.now();
  const report = validateDataDir(process.argv[3]!);
  const byType: Record<string, number> = {};
  for (const o of report.omitted ?? []) byType[o.type] = (byType[o.type] ?? 0) + o.total - o.listed;
  for (const p of report.problems) byType[p.type] = (byType[p.type] ?? 0) + 1;
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(
    JSON.stringify({
      seconds,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      errors: report.stats.errors,
      listed: report.problems.length,
      byType,
    }),
  );
} else {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const root = mkdtempSync(join(tmpdir(), 'bench-validator-'));
  try {
    cpSync('data', join(root, 'data'), { recursive: true });
    const csv = join(root, 'data/datasets/county-example/county-example.csv');
    const header =
      'division_code,year,registered_poor,registered_poor_households,lifted_out,lifted_out_national,remaining_poor,rural_population,poverty_incidence,lifted_out_supported,policy_population,key_villages,key_villages_exited,key_villages_remaining,houses_renovated,relocated,students_aided,insurance_covered,insurance_coverage,dibao_covered,extremely_poor_dependent,centralised_care,centralised_care_rate,empty_shell_villages,special_funds';
    const rest = Array.from({ length: 21 }, () => '1').join(',');
    // Written in pieces, so this process stays small too (NODE_OPTIONS=--max-old-space-size=… applies to both).
    const fd = openSync(csv, 'w');
    writeSync(fd, `${header}\n`);
    for (let i = 0; i < rows; i += 10_000) {
      const piece: string[] = [];
      for (let k = i; k < Math.min(rows, i + 10_000); k++) piece.push(`370102,2019,1.2万,${k},${rest}\n`);
      writeSync(fd, piece.join(''));
    }
    closeSync(fd);
    const size = statSync(csv).size / 1024 / 1024;
    const child = spawnSync(process.execPath, [process.argv[1]!, '--child', join(root, 'data')], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (child.status !== 0) throw new Error(child.stderr);
    const result = JSON.parse(child.stdout) as Record<string, unknown>;
    process.stdout.write(`${JSON.stringify({ rows, fileMB: Number(size.toFixed(1)), ...result }, null, 2)}\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
