/**
 * One side of the validation bench (validate.ts), in its own process so its time and memory are
 * its own: `parse <file>` streams the CSV through csv-parse and counts records, doing nothing
 * else; `validate <dataDir>` runs the validator over the whole data folder.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { validateDataDir } from '../../src/lib/data/index.ts';

const [mode, target] = process.argv.slice(2);
if (mode === 'parse') {
  let records = 0;
  for await (const _ of createReadStream(target!).pipe(parse())) records++;
  if (records === 0) throw new Error(`no records in ${target}`);
} else if (mode === 'validate') {
  const report = validateDataDir(target!);
  if (report.stats.errors === 0) throw new Error('the generated rows should have been reported');
} else {
  throw new Error('usage: validate-child.ts parse <file> | validate <dataDir>');
}
