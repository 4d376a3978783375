/** Chinese strings: the section of county pages that lists figures a county's own sources published (county-reported). */
export const reported = {
  'reported.title': '已公布的县级数字',
  'reported.intro':
    '以下数字由{name}当地的来源自己公布，按来源原文的写法列出。它们是真实数字，与本页的示例数据分开，不用于任何地图、排名或合计。',
  'reported.caption': '{name}：县级来源公布的数字',
  'reported.col.worded': '原文写法',
  'reported.col.indicator': '指标',
  'reported.col.value': '数值',
  'reported.col.date': '所指日期',
  'reported.col.source': '来源',
  'reported.noValue': '无确数（见原文写法）',
  'reported.kind': '，{kind}',
  'reported.kind.cumulative': '累计数',
  'reported.kind.in-year': '当年数',
  'reported.kind.point-in-time': '时点数',
  'reported.datedByPublication': '来源未注明日期，此为发布日期',
  'reported.published': '，{date}发布',
  'reported.dataset': '数据集 {dataset}（全部数字与说明）',
} as const;
