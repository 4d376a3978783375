import { lstatSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BOUNDARY_FILE } from '../geo/load-topology.ts';
import { problem, quote, type Problem } from './problem.ts';
import { entryProblem } from './regular-files.ts';

/** What `geo/` holds: the boundary file of each year, and what is wrong with the folder's names. */
export interface GeoFolder {
  /** False when there is no geo/ folder at all (then no year has boundaries). */
  present: boolean;
  /** The boundary file of each year, as the site reads them (src/lib/geo/load-topology.ts). */
  files: ReadonlyMap<number, string>;
  problems: Problem[];
}

const README = 'data/geo/README.md';

/**
 * Lists `${dir}/geo` the way the site does (`boundaryFiles`), but reports instead of throwing or
 * skipping: two files of one year (the site refuses to build) and a name the site does not read
 * (its year silently has no pages). Documentation (`*.md`) is allowed beside the boundary files.
 * Links and special files are left to findIrregular (regular-files.ts), which reports them once.
 */
export function readGeoFolder(dir: string): GeoFolder {
  const geo = join(dir, 'geo');
  const files = new Map<number, string>();
  const problems: Problem[] = [];
  // A link or special file in place of the folder is reported as such (findIrregular), not as missing.
  if (entryProblem(geo) !== null) return { present: false, files, problems };
  let names: string[];
  try {
    if (!lstatSync(geo).isDirectory()) throw new Error('not a folder');
    names = readdirSync(geo).sort();
  } catch {
    problems.push(
      problem({
        file: geo,
        type: 'source-error',
        message: '缺少边界文件夹 geo/：网站的年份就是其中边界文件的年份，没有它网站无法构建',
        hint: `每年一个 <地区>-<年份>.topo.json，用 npm run build:topology 生成，见 ${README}`,
      }),
    );
    return { present: false, files, problems };
  }
  for (const name of names) {
    const path = join(geo, name);
    if (entryProblem(path) !== null) continue;
    const isFile = lstatSync(path).isFile();
    if (isFile && name.endsWith('.md')) continue;
    const year = isFile ? BOUNDARY_FILE.exec(name)?.[1] : undefined;
    if (year === undefined) {
      problems.push(misnamed(path, name, isFile));
      continue;
    }
    const other = files.get(Number(year));
    if (other === undefined) files.set(Number(year), path);
    else
      problems.push(
        problem({
          file: path,
          type: 'geo-duplicate-year',
          message: `${year} 年已有边界文件 ${quote(basename(other))}，这是第二个：每年只能有一个`,
          hint: `保留一个，删除另一个（npm run build:topology 写的是 shandong-${year}.topo.json）`,
        }),
      );
  }
  return { present: true, files, problems };
}

function misnamed(path: string, name: string, isFile: boolean): Problem {
  const year = /(?:19|20)\d\d/.exec(name)?.[0];
  return problem({
    file: path,
    type: 'geo-file-name',
    message: isFile
      ? `文件名 ${quote(name)} 不是边界文件的名字（<地区>-<年份>.topo.json，小写），网站不会读取它`
      : `geo/ 中的文件夹 ${quote(name)} 不会被读取：geo/ 只放边界文件和说明（.md）`,
    hint: isFile
      ? `改名为小写地区名加年份，例如 shandong-${year ?? '2019'}.topo.json；不是边界文件就移出 geo/`
      : `把其中的边界文件移到 geo/ 下，删除这个文件夹（见 ${README}）`,
  });
}
