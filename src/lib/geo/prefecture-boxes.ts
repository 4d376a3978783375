/**
 * Each prefecture's zoom box as a `viewBox` string, per year, for the map's zoom control.
 * Computed once per year and kept, like the path strings in svg-paths.ts: ~820 pages share three
 * answers. Prefectures without counties that year (莱芜市 after 2018) have no box and are left out.
 */
import { prefectureBox, prefecturePaths, viewBoxOf } from './svg-paths.ts';

const cache = new Map<number, ReadonlyMap<string, string>>();

export function prefectureBoxes(year: number): ReadonlyMap<string, string> {
  let boxes = cache.get(year);
  if (!boxes) {
    boxes = new Map(
      prefecturePaths(year).flatMap((p) => {
        const box = prefectureBox(year, p.code);
        return box ? [[p.code, viewBoxOf(box)] as const] : [];
      }),
    );
    cache.set(year, boxes);
  }
  return boxes;
}
