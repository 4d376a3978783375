/** 中文：构建时绘制的图表（src/components/charts）。 */
export const charts = {
  'chart.strip.title': '{year} 年各市所辖县（市、区）{indicator}',
  'chart.strip.unit': '横轴单位：{unit}。每个圆点代表一个县（市、区），颜色与地图相同；各市按所辖县的中位数从高到低排列。',
  'chart.strip.label': '点图：{year} 年 {counties} 个县（市、区）的{indicator}，按所属 {prefectures} 个市分行。所辖县中位数最高的是{top}（{topValue}），最低的是{bottom}（{bottomValue}）。每个县的数值见下方排名表。',
  'chart.source': '来源：{sources}。',
  'chart.example': '示例数据，并非真实统计。',
  'chart.tableLink': '查看全部县的排名表',
} as const;
