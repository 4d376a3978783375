import { between, integerBetween, type Random } from './prng.ts';
import type { ExampleCell, SumColumn } from './columns.ts';

/**
 * How one example county changes from one year-end to the next. Every number here is made up
 * so the pages have plausible magnitudes to show; none is a model of a real county.
 */

export type CountyKind = '市辖区' | '县级市' | '县';

/** What a county carries from the end of one year into the next. */
export interface CountyState {
  code: string;
  kind: CountyKind;
  /** Relative weight of poverty, used to share out province totals. */
  weight: number;
  ruralPopulation: number;
  /** Poor not yet lifted out, at the end of the previous year. */
  remaining: number;
  /** Lifted out but still supported, at the end of the previous year. */
  supported: number;
  keyVillages: number;
  keyRemaining: number;
  dependents: number;
  centralised: number;
  emptyShell: number;
}

/**
 * Hand-picked weights so example poverty concentrates where the published figures put it
 * (data/datasets/baseline-2015-prefectures: 菏泽 903,988 and 临沂 442,079 of 2,423,821 people
 * at the end of 2015; the 2017 report gives 菏泽 + 临沂 67.9% of the poor at the end of 2016),
 * with the coastal east light. Example shaping only; prefectures not listed get 0.3.
 */
export const PREFECTURE_WEIGHT: Readonly<Record<string, number>> = {
  '371700': 6,
  '371300': 3.5,
  '371500': 1.8,
  '370900': 1,
  '371400': 1,
  '370800': 0.9,
  '371600': 0.9,
  '370100': 0.6,
  '370400': 0.6,
  '371100': 0.6,
  '370700': 0.4,
  '370300': 0.3,
  '370600': 0.3,
  '370500': 0.15,
  '370200': 0.1,
  '371000': 0.1,
};
export const KIND_WEIGHT: Readonly<Record<CountyKind, number>> = { 县: 1, 县级市: 0.7, 市辖区: 0.25 };
const RURAL_POPULATION: Readonly<Record<CountyKind, readonly [number, number]>> = {
  县: [250_000, 550_000],
  县级市: [200_000, 500_000],
  市辖区: [20_000, 200_000],
};

/** The random parts of a county's end-2017 state; shares of province totals are added later. */
export function initialDraws(random: Random, kind: CountyKind, prefecture: string) {
  const [low, high] = RURAL_POPULATION[kind];
  const ruralPopulation = Math.round(between(random, low, high));
  const weight =
    (PREFECTURE_WEIGHT[prefecture] ?? 0.3) * KIND_WEIGHT[kind] * ruralPopulation * between(random, 0.6, 1.4);
  const dependents = Math.round(ruralPopulation * between(random, 0.0012, 0.0028));
  const centralised = Math.round(dependents * between(random, 0.3, 0.55));
  return { ruralPopulation, weight, dependents, centralised };
}

export interface YearResult {
  values: Partial<Record<SumColumn, ExampleCell>>;
  next: CountyState;
}

/** The county's figures for `year`, from its state at the end of the year before. */
export function stepCounty(s: CountyState, year: number, random: Random): YearResult {
  const phase = year <= 2018 ? 0 : year === 2019 ? 1 : 2;
  const added = [
    Math.round(s.remaining * between(random, 0.01, 0.05)),
    Math.round(s.remaining * between(random, 0.05, 0.3)) + integerBetween(random, 0, 8),
    integerBetween(random, 0, 3),
  ][phase]!;
  const registered = s.remaining + added;
  const liftShare = [between(random, 0.9, 0.995), between(random, 0.8, 0.98), 1][phase]!;
  const lifted = Math.min(registered, Math.round(registered * liftShare));
  const remaining = registered - lifted;
  const households =
    registered === 0 ? 0 : Math.min(registered, Math.max(1, Math.round(registered / between(random, 1.8, 2.3))));
  const ruralPopulation = Math.round(s.ruralPopulation * between(random, 0.985, 0.997));
  const supported = Math.round(s.supported * between(random, 0.97, 0.995)) + lifted;
  const policy = remaining + supported;
  const keyExited =
    phase === 0 ? Math.max(0, s.keyRemaining - (random() < 0.15 ? 1 : 0)) : phase === 1 ? s.keyRemaining : 0;
  const renovationShare = [
    between(random, 0.012, 0.022),
    between(random, 0.002, 0.006),
    between(random, 0.0005, 0.002),
  ][phase]!;
  const relocationShare = [between(random, 0, 0.03), between(random, 0, 0.01), 0][phase]!;
  const dependents = Math.round(s.dependents * between(random, 0.97, 1.03));
  const previousShare = s.dependents > 0 ? s.centralised / s.dependents : 0;
  const share = Math.min(0.9, previousShare + (phase === 0 ? between(random, 0, 0.08) : between(random, 0.03, 0.12)));
  const centralised = Math.min(dependents, Math.round(dependents * share));
  const emptyShell = [s.emptyShell, Math.round(s.emptyShell * between(random, 0.2, 0.5)), 0][phase]!;
  const values: YearResult['values'] = {
    registered_poor: registered,
    registered_poor_households: households,
    lifted_out: lifted,
    lifted_out_national: Math.round(lifted * between(random, 0.4, 0.55)),
    remaining_poor: remaining,
    rural_population: ruralPopulation,
    lifted_out_supported: supported,
    policy_population: policy,
    key_villages: s.keyVillages,
    key_villages_exited: keyExited,
    key_villages_remaining: s.keyRemaining - keyExited,
    houses_renovated: Math.round((policy / 2) * renovationShare),
    // Example convention: city districts run no relocation programme, so the figure does not apply.
    relocated: s.kind === '市辖区' ? 'NA' : Math.round(registered * relocationShare),
    students_aided: Math.round(policy * between(random, 0.06, 0.1)),
    insurance_covered: Math.min(policy, Math.round(policy * between(random, 0.96, 1))),
    dibao_covered: Math.round(policy * between(random, 0.12, 0.25)),
    extremely_poor_dependent: dependents,
    centralised_care: centralised,
    empty_shell_villages: emptyShell,
  };
  const next: CountyState = {
    ...s,
    ruralPopulation,
    remaining,
    supported,
    keyRemaining: s.keyRemaining - keyExited,
    dependents,
    centralised,
    emptyShell,
  };
  return { values, next };
}

/** One state from several that merged into one county (蓬莱市 + 长岛县 → 蓬莱区): counts add up. */
export function mergeStates(code: string, kind: CountyKind, parts: readonly CountyState[]): CountyState {
  const add = (key: keyof Omit<CountyState, 'code' | 'kind'>) => parts.reduce((sum, p) => sum + p[key], 0);
  return {
    code,
    kind,
    weight: add('weight'),
    ruralPopulation: add('ruralPopulation'),
    remaining: add('remaining'),
    supported: add('supported'),
    keyVillages: add('keyVillages'),
    keyRemaining: add('keyRemaining'),
    dependents: add('dependents'),
    centralised: add('centralised'),
    emptyShell: add('emptyShell'),
  };
}
