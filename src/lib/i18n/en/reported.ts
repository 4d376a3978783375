/** English strings: the section of county pages that lists figures a county's own sources published (county-reported). */
export const reported = {
  'reported.title': 'Figures published for this county',
  'reported.intro':
    'These figures were published by local sources of {name} themselves and are listed as the sources word them, in Chinese. They are real figures, kept apart from the example data on this page; no map, ranking or total uses them.',
  'reported.caption': '{name}: figures published by county sources',
  'reported.col.worded': 'As worded (Chinese)',
  'reported.col.indicator': 'Indicator',
  'reported.col.value': 'Value',
  'reported.col.date': 'Date it refers to',
  'reported.col.source': 'Source',
  'reported.noValue': 'no exact number (see the wording)',
  'reported.kind': ', {kind}',
  'reported.kind.cumulative': 'cumulative',
  'reported.kind.in-year': 'in the year',
  'reported.kind.point-in-time': 'at that date',
  'reported.datedByPublication': 'the source gives no date; this is the day it was published',
  'reported.published': ', published {date}',
  'reported.dataset': 'Dataset {dataset} (every figure, with notes)',
} as const;
