import { describe, expect, it } from 'vitest';
import { choiceQuery, isComplete, parseChoice } from '../../../src/lib/compare/params.ts';

const rules = { known: new Set(['370000', '371300', '371327', '371302', '370102']), years: [2018, 2019, 2020] };

describe('parseChoice: the compare page reads its choice from the address', () => {
  it('reads a shared address: divisions in order and the year', () => {
    const { choice, problems } = parseChoice('?d=371327,371300&y=2019', rules);
    expect(choice).toEqual({ codes: ['371327', '371300'], year: 2019 });
    expect(problems).toEqual([]);
    expect(isComplete(choice)).toBe(true);
  });

  it('reads what a plain HTML form sends: repeated d fields, empty ones skipped, y=all', () => {
    const { choice, problems } = parseChoice('d=371327&d=371300&d=&d=370000&y=all', rules);
    expect(choice).toEqual({ codes: ['371327', '371300', '370000'], year: 'all' });
    expect(problems).toEqual([]);
  });

  it('accepts the separators readers paste: full-width commas, 、 and spaces', () => {
    expect(parseChoice(`d=${encodeURIComponent('371327，371300、370000 371302')}`, rules).choice.codes).toEqual([
      '371327',
      '371300',
      '370000',
      '371302',
    ]);
  });

  it('names every problem in one pass: a malformed code, an unknown code, a repeat', () => {
    const { choice, problems } = parseChoice('d=37132,371399,371327,371327,371300', rules);
    expect(choice.codes).toEqual(['371327', '371300']);
    expect(problems).toEqual([
      { kind: 'badCode', value: '37132' },
      { kind: 'unknownCode', value: '371399' },
      { kind: 'repeated', value: '371327' },
    ]);
  });

  it('keeps the first four of five and says so', () => {
    const { choice, problems } = parseChoice('d=371327,371300,370000,371302,370102', rules);
    expect(choice.codes).toEqual(['371327', '371300', '370000', '371302']);
    expect(problems).toEqual([{ kind: 'tooMany', count: 5 }]);
    expect(isComplete(choice)).toBe(true);
  });

  it('asks for a second division when only one is known, and stays quiet on a bare page', () => {
    const one = parseChoice('d=371327', rules);
    expect(one.problems).toEqual([{ kind: 'tooFew', count: 1 }]);
    expect(isComplete(one.choice)).toBe(false);
    expect(parseChoice('', rules)).toEqual({ choice: { codes: [], year: 'all' }, problems: [] });
  });

  it('falls back to every year for a year outside the plan, and says so', () => {
    for (const y of ['2017', '2021', 'x', '20190']) {
      const { choice, problems } = parseChoice(`d=371327,371300&y=${y}`, rules);
      expect(choice.year, y).toBe('all');
      expect(problems, y).toEqual([{ kind: 'badYear', value: y }]);
    }
  });
});

describe('choiceQuery', () => {
  it('writes the short, shareable form the page puts in the address', () => {
    expect(choiceQuery({ codes: ['371327', '371300'], year: 2019 })).toBe('d=371327,371300&y=2019');
    expect(choiceQuery({ codes: ['371327', '371300', '370000'], year: 'all' })).toBe('d=371327,371300,370000');
  });

  it('reads back what it writes', () => {
    const choice = { codes: ['370000', '371302', '371327'], year: 2020 as const };
    expect(parseChoice(choiceQuery(choice), rules)).toEqual({ choice, problems: [] });
  });
});
