/**
 * One side of the validation bench (validate.ts), in its own process so its time and memory are
 * its own: `parse <file>` streams the CSV through csv-parse and counts records, doing nothing
 * else; `validate <dataDir>` runs the validator over the whole data folder. With a third
 * argument, each writes the processor seconds it used to that file.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import { validateDataDir } from '../../src/lib/data/index.ts';

const [mode, target, cpuFile] = process.argv.slice(2);
if (mode === 'parse') {
  let records = 0;
  for await (const _ of createReadStream(target!).pipe(parse())) records++;
  if (records === 0) throw new Error(`no records in ${target}`);
} else if (mode === 'validate') {
  const report = validateDataDir(target!);
  if (report.stats.errors === 0) throw new Error('the generated rows should have been reported');
} else {
  throw new Error('usage: validate-child.ts parse <file> [cpu-file] | validate <dataDir> [cpu-file]');
}
// The processor time this side used (user + system), for a comparison that other work on a
// shared machine disturbs less than wall time.
if (cpuFile) {
  const { user, system } = process.cpuUsage();
  writeFileSync(cpuFile, String((user + system) / 1e6));
}
