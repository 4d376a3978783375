import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTopology } from '../../../src/lib/geo/load-topology.ts';
import { validateDataDir } from '../../../src/lib/data/index.ts';
import { materialise, type Materialised } from './harness.ts';

/**
 * The boundary files in geo/ beyond the one-problem cases of tests/fixtures/validator/bad/geo-*:
 * what a folder may hold besides them, a missing folder, and where a wrong id is reported.
 */
let made: Materialised | null = null;
afterEach(() => made?.cleanup());

function folder(change: (data: string) => void) {
  made = materialise(null);
  change(made.data);
  return validateDataDir(made.data);
}
const types = (report: ReturnType<typeof validateDataDir>) => report.problems.map((p) => p.type);

describe('geo/ in the validator', () => {
  it('accepts notes (*.md) beside the boundary files and counts each boundary file as checked', () => {
    const report = folder((data) => writeFileSync(join(data, 'geo', 'NOTES.md'), '# notes\n'));
    expect(report.problems).toEqual([]);
    expect(report.stats.files).toBe(10);
  });

  it('names a folder inside geo/, which the site never reads', () => {
    const report = folder((data) => mkdirSync(join(data, 'geo', '2021')));
    expect(report.problems.map((p) => [p.file.endsWith('geo/2021'), p.type, p.line, p.column])).toEqual([[true, 'geo-file-name', 1, 1]]);
  });

  it('reports a missing geo/ once, not again for every county year', () => {
    const report = folder((data) => rmSync(join(data, 'geo'), { recursive: true }));
    expect(report.valid).toBe(false);
    expect(types(report)).toEqual(['source-error']);
    expect(report.problems[0]!.message).toContain('geo/');
  });

  it('points at the id of a prefecture filed among the counties, with the file’s line and column', () => {
    const report = folder((data) => {
      const file = join(data, 'geo', 'shandong-2020.topo.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"id":"371728"', '"id":"371700"'));
    });
    const wrong = report.problems.find((p) => p.type === 'geo-unknown-division');
    expect(wrong).toMatchObject({ line: 9, column: 24 });
    expect(wrong!.message).toContain('“371700”');
    expect(types(report).sort()).toEqual(['geo-missing-division', 'geo-unknown-division']);
  });

  it('lists the problems of every boundary file and of the datasets in one report', () => {
    const report = folder((data) => {
      writeFileSync(join(data, 'geo', 'shandong-2019.topo.json'), '{"type":"Topology",');
      writeFileSync(join(data, 'geo', 'shandong-2020.topo.json'), '[]');
      const csv = join(data, 'datasets', 'county-example', 'county-example.csv');
      writeFileSync(csv, readFileSync(csv, 'utf8').replace('371721,2019,', '379999,2019,'));
    });
    expect(types(report).sort()).toEqual(['geo-not-topology', 'json-error', 'unknown-division']);
  });

  it('parses each boundary file once in a process that validates and then draws maps (a build)', () => {
    made = materialise(null);
    const file = join(made.data, 'geo', 'shandong-2020.topo.json');
    // The fixture's two years have the same bytes: make this one's text its own.
    const text = `${readFileSync(file, 'utf8')}\n`;
    writeFileSync(file, text);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(validateDataDir(made.data).valid).toBe(true);
      const topology = loadTopology(2020, made.data);
      expect(topology.objects.counties.geometries.map((g) => g.id)).toContain('371728');
      expect(parse.mock.calls.filter(([arg]) => arg === text)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });
});
