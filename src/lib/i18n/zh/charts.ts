/** 中文：构建时绘制的图表（src/components/charts）。 */
export const charts = {
  'chart.strip.title': '{year} 年各市所辖县（市、区）{indicator}',
  'chart.strip.unit':
    '横轴单位：{unit}。每个圆点代表一个县（市、区），颜色与地图相同；各市按所辖县的中位数从高到低排列。',
  'chart.strip.label':
    '点图：{year} 年 {counties} 个县（市、区）的{indicator}，按所属 {prefectures} 个市分行。所辖县中位数最高的是{top}（{topValue}），最低的是{bottom}（{bottomValue}）。每个县的数值见下方排名表。',
  'chart.source': '来源：{sources}。',
  'chart.example': '示例数据，并非真实统计。',
  'chart.tableLink': '查看全部县的排名表',
  'chart.trends.h2': '2018～2020 年的变化',
  'chart.trends.caption':
    '实线为{county}；虚线为{prefecture}各县（市、区）的中位数；点线为全省各县（市、区）的中位数。参照线取县的中位数而不取全市合计，因为合计远大于任何一个县。',
  'chart.trends.label':
    '{indicator}。{county}：{countyValues}。{prefecture}县级中位数：{prefectureValues}。全省县级中位数：{provinceValues}。',
  'chart.trends.point': '{year} 年 {value}',
  'chart.trends.none': '无数据',
  'chart.trends.table': '数据表',
  'chart.trends.year': '年份',
  'chart.trends.prefectureMedian': '{prefecture}县级中位数',
  'chart.trends.provinceMedian': '全省县级中位数',
} as const;
