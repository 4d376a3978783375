import type { Division } from '../divisions/index.ts';
import { checkTopology } from './check-topology.ts';
import type { CountyYears } from './county-years.ts';
import { readGeoFolder } from './geo-folder.ts';
import { unexpected } from './read-package.ts';
import type { Problem } from './problem.ts';

/**
 * The boundary files of `${dir}/geo` (data/geo/README.md): the folder's names, each year's file
 * against the registry, and the county rows of years without one (`years`, gathered while the
 * datasets were read). Every problem of the folder in one list, like a package's, and the
 * boundary files read, for the report's file count.
 */
export function checkGeo(dir: string, divisions: readonly Division[] | null, years: CountyYears): { problems: Problem[]; files: string[] } {
  const geo = readGeoFolder(dir);
  const problems = [...geo.problems];
  for (const [year, file] of geo.files) {
    try {
      problems.push(...checkTopology(file, year, divisions));
    } catch (e) {
      // A check that throws is a validator bug: one problem of the file, and the run goes on.
      problems.push(unexpected(file, e));
    }
  }
  // Without geo/ its absence is the one problem; every county year would repeat it.
  if (geo.present) problems.push(...years.uncovered(new Set(geo.files.keys())));
  return { problems, files: [...geo.files.values()] };
}
