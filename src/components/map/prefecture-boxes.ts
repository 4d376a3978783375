/**
 * Server side only (CountyMap.astro): each prefecture's zoom box as a `viewBox` string, per year.
 * Computed once per year and kept, like the path strings in src/lib/geo: ~820 pages share three
 * answers. Prefectures without counties that year (莱芜市 after 2018) have no box and are left out.
 */
import { prefectureBox, prefecturePaths, viewBoxOf } from '../../lib/geo/index.ts';

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
