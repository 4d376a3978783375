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
  'chart.trends.fileTitle': '{county}：2018～2020 年的变化',
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
  'chart.change.h2': '{from}→{to} 年各县（市、区）的变化排名',
  'chart.change.title': '{indicator}：各县（市、区）{from}→{to} 年的变化',
  'chart.change.unit':
    '横轴为变化量（{to} 年减 {from} 年），单位：{unit}。每个圆点代表一个县（市、区）；各市按所辖县变化量的中位数从高到低排列；0 的左侧为减少，右侧为增加。',
  'chart.change.points': '个百分点',
  'chart.change.label':
    '点图：{counties} 个县（市、区）{indicator}从 {from} 年到 {to} 年的变化，按所属 {prefectures} 个市分行。增加最多（或减少最少）的是{top}（{topChange}），减少最多（或增加最少）的是{bottom}（{bottomChange}）。每个县的变化见下方排名表。',
  'chart.change.tied': '{name}等 {count} 个县（市、区）并列',
  'chart.change.tableLink': '查看各县变化排名表',
  'chart.change.caption': '{indicator}：各县（市、区）{from}→{to} 年的变化排名（1 为增加最多）',
  'chart.change.allTied': '可比较的 {count} 个县（市、区）变化全部相同，均为 {value}，不分先后。',
  'chart.change.rank': '排名（1 为增加最多）',
  'chart.change.col': '变化',
  'chart.change.via': '{from} 年按{parts}计算',
  'chart.change.method':
    '{from} 年以后设立的县（市、区）与整体并入它的原县（市、区）比较：人数、户数等相加，比率按分子和分母重新计算，与县页面的做法相同。',
  'chart.change.missing': '未参与排名（缺少 {from} 年或 {to} 年的数值）：{names}。',
  'chart.change.none': '{from} 年和 {to} 年都有数值的县（市、区）不足以排名。',
  'map.preview.open': '打开这个县（市、区）的页面',
} as const;
