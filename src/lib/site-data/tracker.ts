import { judgeTargets, type TargetView } from '../content/judge-targets.ts';
import { resolveTargets } from '../content/resolve-targets.ts';
import type { TrackerTarget } from '../content/schemas.ts';
import type { SiteData } from './load.ts';
import { publishedFigures, TARGETS_DATASET } from './published.ts';

/**
 * The tracker's entries joined with the plan-targets dataset and judged against the published
 * figures: the one list of targets every page renders (tracker, explainers, home, year and
 * indicator pages). Throws with every join problem listed, so a tracker that names a missing
 * plan target fails the build instead of dropping a row.
 */
export function trackedTargets(entries: readonly TrackerTarget[], data: SiteData): TargetView[] {
  const planRows = Object.values(data.datasets.find((d) => d.name === TARGETS_DATASET)?.tables ?? {}).flat();
  const { targets, problems } = resolveTargets(entries, planRows);
  if (problems.length) throw new Error(`targets tracker:\n${problems.join('\n')}`);
  return judgeTargets(targets, publishedFigures(data), new Map(data.indicators.map((i) => [i.id, i])));
}
