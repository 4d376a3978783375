import { releasesOf } from '../releases/changes.ts';
import { figureHistories, figureHistoryIndex, type FigureHistoryIndex } from '../releases/figure-history.ts';
import { dataCatalogue } from './catalogue.ts';

// Every figure page asks; the release copies are read and compared once per build.
const memo = new WeakMap<object, FigureHistoryIndex>();

/** The history of every figure of the site's data (src/lib/releases/figure-history.ts). */
export function siteFigureHistories(dataDir = 'data'): FigureHistoryIndex {
  const catalogue = dataCatalogue(dataDir);
  let index = memo.get(catalogue);
  if (!index) memo.set(catalogue, (index = figureHistoryIndex(figureHistories(releasesOf(catalogue)))));
  return index;
}
