/**
 * The compare page's choice lives in its address, `?d=371327,371300&y=2019`, so a comparison can
 * be shared. `d` lists 2–4 division codes (comma-separated, or repeated as a plain HTML form sends
 * them); `y` is a plan year, or `all` (the default) for every year.
 */
export const MIN_DIVISIONS = 2;
export const MAX_DIVISIONS = 4;

export interface CompareChoice {
  /** Division codes in the reader's order; the first is the one the others are measured against. */
  codes: string[];
  year: number | 'all';
}

/** Something wrong with the address, reported to the reader in words (src/lib/i18n/{zh,en}/compare.ts). */
export type ChoiceProblem =
  | { kind: 'badCode'; value: string }
  | { kind: 'unknownCode'; value: string }
  | { kind: 'repeated'; value: string }
  | { kind: 'tooFew'; count: number }
  | { kind: 'tooMany'; count: number }
  | { kind: 'badYear'; value: string };

/** The codes a reader may choose (the province, prefectures and counties) and the plan's years. */
export interface ChoiceRules {
  known: ReadonlySet<string>;
  years: readonly number[];
}

// Readers paste lists with commas (also full-width and the Chinese enumeration comma) or spaces.
const SEPARATORS = /[\s,，、;；]+/;

/**
 * Reads `d` and `y` from a query string. Every problem is reported, not just the first: unknown
 * and malformed codes are left out, repeats kept once, anything past the fourth dropped, and a
 * year that is not a plan year falls back to every year.
 */
export function parseChoice(
  query: string | URLSearchParams,
  rules: ChoiceRules,
): { choice: CompareChoice; problems: ChoiceProblem[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const problems: ChoiceProblem[] = [];
  const written = params
    .getAll('d')
    .flatMap((value) => value.split(SEPARATORS))
    .filter((value) => value !== '');
  const codes: string[] = [];
  for (const value of written) {
    if (!/^\d{6}$/.test(value)) problems.push({ kind: 'badCode', value });
    else if (!rules.known.has(value)) problems.push({ kind: 'unknownCode', value });
    else if (codes.includes(value)) problems.push({ kind: 'repeated', value });
    else codes.push(value);
  }
  if (codes.length > MAX_DIVISIONS) problems.push({ kind: 'tooMany', count: codes.length });
  else if (codes.length < MIN_DIVISIONS && written.length > 0) problems.push({ kind: 'tooFew', count: codes.length });
  return { choice: { codes: codes.slice(0, MAX_DIVISIONS), year: yearOf(params.get('y'), rules, problems) }, problems };
}

function yearOf(written: string | null, rules: ChoiceRules, problems: ChoiceProblem[]): number | 'all' {
  const value = (written ?? '').trim();
  if (value === '' || value === 'all') return 'all';
  const year = Number(value);
  if (/^\d{4}$/.test(value) && rules.years.includes(year)) return year;
  problems.push({ kind: 'badYear', value });
  return 'all';
}

/** True when the choice can be shown: two to four divisions. */
export function isComplete(choice: CompareChoice): boolean {
  return choice.codes.length >= MIN_DIVISIONS && choice.codes.length <= MAX_DIVISIONS;
}

/** The query string of a choice, `d=371327,371300&y=2019` (no `y` for every year), without the `?`. */
export function choiceQuery(choice: CompareChoice): string {
  const d = `d=${choice.codes.join(',')}`;
  return choice.year === 'all' ? d : `${d}&y=${choice.year}`;
}
