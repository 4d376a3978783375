/**
 * Everyday words readers type for an indicator whose catalogue name is the official term.
 * Keyed by the indicator id of data/indicators/indicators.csv; both languages are searched in
 * either index. Only words that mean the same figure belong here.
 */
export const INDICATOR_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  poverty_incidence: ['poverty rate', 'poverty headcount ratio', '贫困率'],
  remaining_poor: ['remaining poor', 'poor population', '贫困人口', '未脱贫'],
  lifted_out: ['lifted out of poverty', 'out of poverty', '脱贫人数'],
  houses_renovated: ['housing renovation', 'dilapidated houses', '危房改造', '危房'],
  relocated: ['relocation', '易地搬迁', '搬迁'],
  dibao_covered: ['dibao', 'minimum living allowance', '低保'],
  key_villages_exited: ['villages exited', '贫困村退出', '重点村退出'],
  special_funds: ['poverty funds', '扶贫资金'],
  centralised_care_rate: ['centralised care', '集中供养率'],
};
