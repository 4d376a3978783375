/** Chinese strings: County-year pages (/counties/{code}/{year}/): title, figure table and boundary-change note. */
export const countyYear = {
  'countyYear.title': '{name} {year} 年',
  'countyYear.description': '{prefecture}{name} {year} 年脱贫攻坚指标、排名与来源',
  'countyYear.lede': '{prefecture}{name}（代码 {code}）{year} 年末的数据。',
  'countyYear.mapLabel': '山东省 {year} 年县级行政区划图，标出{name}',
  'countyYear.figures.title': '指标',
  'countyYear.citeTitle': '{name} {year} 年脱贫攻坚数据',
  'countyYear.table.caption': '{year} 年各项指标（排名：1 为数值最大）',
  'countyYear.col.change': '比上年',
  'countyYear.col.comparison': '比较',
  'countyYear.via': '上年按 {parts} 合计',
  'countyYear.via.join': '、',
  'countyYear.measures': '相关政策举措',
  'countyYear.change.from': '{date} 起设立，前身为{divisions}{document}。',
  'countyYear.change.to': '{date} 起不再设立，其辖区现属{divisions}{document}。',
  'countyYear.change.document': '（{document}）',
  'countyYear.change.join': '、',
} as const;
