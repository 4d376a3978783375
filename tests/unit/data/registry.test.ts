import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../src/lib/data/read-package.ts';
import { buildRegistry, readIndicators } from '../../../src/lib/data/registry.ts';
import { loadDivisions } from '../../../src/lib/divisions/index.ts';
import { indicatorsFrom } from '../../../src/lib/site-data/indicators.ts';

const CATALOGUE = readFileSync('data/indicators/indicators.csv', 'utf8');

/** An `indicators/` package: the shipped descriptor and the given CSV text. */
function catalogueWith(csv: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'indicators-')), 'indicators');
  mkdirSync(dir);
  copyFileSync('data/indicators/datapackage.json', join(dir, 'datapackage.json'));
  writeFileSync(join(dir, 'indicators.csv'), csv);
  return dir;
}

describe('buildRegistry: what the validator checks datasets against', () => {
  const registry = buildRegistry(readPackage('data/divisions'), readPackage('data/indicators'));

  it('holds the same division registry the pages are built from, frozen for indexing', () => {
    expect(registry.problems).toEqual([]);
    expect(registry.divisions).toEqual(loadDivisions());
    expect(Object.isFrozen(registry.divisions)).toBe(true);
  });

  it('holds every catalogue row by id, in file order, as the pages read it', () => {
    const ids = CATALOGUE.trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect([...registry.indicators!.keys()]).toEqual(ids);
    expect(indicatorsFrom(readPackage('data/indicators'))).toEqual([...registry.indicators!.values()]);
    expect(registry.indicators!.get('registered_poor_households')).toMatchObject({ numerator: null, notMoreThan: 'registered_poor' });
  });
});

describe('readIndicators', () => {
  it('reports a reference to an id the catalogue does not have, and the site refuses the catalogue', () => {
    const csv = CATALOGUE.replace(',lower,targets,registered_poor\n', ',lower,targets,registered_pooor\n');
    expect(csv).not.toBe(CATALOGUE);
    const pkg = readPackage(catalogueWith(csv));
    const { problems } = readIndicators(pkg);
    expect(problems.map((p) => `${p.line}:${p.field}: ${p.message}`)).toEqual(['3:not_more_than: not_more_than 引用的指标 registered_pooor 不在指标目录中']);
    expect(() => indicatorsFrom(pkg)).toThrow(/indicators\.csv:3:12: not_more_than 引用的指标 registered_pooor/);
  });

  it('is null without a table to read', () => {
    expect(readIndicators(null)).toEqual({ indicators: null, problems: [] });
  });
});
