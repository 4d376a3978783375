/** Chinese strings: how figures, changes, ranks, comparisons and map keys read. */
export const figures = {
  'figure.change.points': '{value} 个百分点',
  'figure.change.point': '{value} 个百分点',
  'figure.change.relative': '（{value}）',
  'legend.orMore': '{value}及以上',
  'map.legend.lower': '数值越低越好',
  'map.legend.higher': '数值越高越好',
  'rank.of': '{rank} / {total}',
  'rank.of.tied': '并列 {rank} / {total}',
  'rank.short.tied': '并列 {rank}',
  'rank.of.allTied': '{total} 个均相同',
  'rank.col': '排名（1 为数值最大）',
  'rank.col.province': '全省排名（1 为数值最大）',
  'compare.same': '与{prefecture}其他各县（市、区）相同',
  'compare.lowest': '{prefecture}各县（市、区）中最低',
  'compare.highest': '{prefecture}各县（市、区）中最高',
  'compare.tiedLowest': '{prefecture}各县（市、区）中并列最低',
  'compare.tiedHighest': '{prefecture}各县（市、区）中并列最高',
  'compare.share': '高于{prefecture} {percent}% 的其他县（市、区）',
  'map.announce.rank.tied': '{label}（并列第 {rank} / {total} 名）',
  'map.switch.current': '（当前：{indicator}，{year} 年）',
  'api.field.change_from_previous_year':
    '与上一年相比的变化，单位同 unit（人、户等）；比率类指标此列为空，见 change_percentage_points；任一年缺失时为空。',
  'api.field.change_percentage_points':
    '比率类指标（unit 为 percent）与上一年相比的变化，单位为百分点（39.9% 到 48.6% 为 8.7 个百分点）；其他指标此列为空。',
  'rank.allTied': '有数字的 {count} 个县（市、区）数值全部相同，均为 {value}，不分先后。',
} as const;
