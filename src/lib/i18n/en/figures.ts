import type { figures as zh } from '../zh/figures.ts';

/** English strings: how figures, changes, ranks, comparisons and map keys read. */
export const figures: Record<keyof typeof zh, string> = {
  'figure.change.points': '{value} percentage points',
  'figure.change.point': '{value} percentage point',
  'figure.change.relative': ' ({value})',
  'legend.orMore': '{value} or more',
  'map.legend.lower': 'Lower is better',
  'map.legend.higher': 'Higher is better',
  'rank.of': '{rank} of {total}',
  'rank.of.tied': 'tied {rank} of {total}',
  'rank.short.tied': 'tied {rank}',
  'rank.of.allTied': 'all {total} the same',
  'rank.col': 'Rank (1 = largest)',
  'rank.col.province': 'Rank in province (1 = largest)',
  'compare.same': 'the same as every other county in {prefecture}',
  'compare.lowest': 'the lowest in {prefecture}',
  'compare.highest': 'the highest in {prefecture}',
  'compare.tiedLowest': 'tied lowest in {prefecture}',
  'compare.tiedHighest': 'tied highest in {prefecture}',
  'compare.share': 'higher than {percent}% of the other counties in {prefecture}',
  'map.announce.rank.tied': '{label} (tied {rank} of {total})',
  'map.switch.current': ' (showing: {indicator}, {year})',
  'api.field.change_from_previous_year':
    'Change on the previous year in the row’s unit (people, households…); empty for rates, see change_percentage_points, and when either year is missing.',
  'api.field.change_percentage_points':
    'For rates (unit percent), the change on the previous year in percentage points (39.9% to 48.6% is 8.7 points); empty for other indicators.',
  'rank.allTied': 'All {count} counties with a figure have the same one, {value}, so none ranks above another.',
};
