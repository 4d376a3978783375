/**
 * Names and units of the catalogue's indicators (data/indicators/indicators.csv), as the example
 * data generators need them for field titles: shared by generate-example-data.ts and the
 * China-scale bench (bench/stress.ts). A module, not a command.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { IndicatorInfo } from '../src/lib/example/index.ts';

export function readIndicatorInfo(dataDir: string): Map<string, IndicatorInfo> {
  const rows = parse(readFileSync(join(dataDir, 'indicators', 'indicators.csv'), 'utf8'), {
    columns: true,
    bom: true,
  }) as Record<string, string>[];
  return new Map(
    rows.map((r) => [r.id ?? '', { nameZh: r.name_zh ?? '', nameEn: r.name_en ?? '', unit: r.unit ?? '' }]),
  );
}
