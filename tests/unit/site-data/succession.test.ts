import { describe, expect, it } from 'vitest';
import { loadDivisions } from '../../../src/lib/divisions/index.ts';
import { successionOf } from '../../../src/lib/site-data/succession.ts';

const divisions = loadDivisions();
const codes = (ds: ReadonlyArray<{ code: string }>) => ds.map((d) => d.code);

describe('successionOf', () => {
  it('names the merger partner (蓬莱市 and 长岛县 → 蓬莱区) and the approval (国函〔2020〕81号)', () => {
    const s = successionOf(divisions, '370684')!;
    expect([s.ended, s.document]).toEqual(['2020-06-05', '国函〔2020〕81号']);
    expect(s.successors.map((l) => [l.division.code, l.prefecture?.code, codes(l.partners)])).toEqual([
      ['370614', '370600', ['370634']],
    ]);
  });
  it('follows a district into its new prefecture (莱城区 → 济南市莱芜区)', () => {
    expect(
      successionOf(divisions, '371202')!.successors.map((l) => [
        l.division.code,
        l.prefecture?.nameZh,
        l.partners.length,
      ]),
    ).toEqual([['370116', '济南市', 0]]);
  });
  it('gives a renamed county one successor and no partners (茌平县 → 茌平区)', () => {
    expect(successionOf(divisions, '371523')!.successors.map((l) => [l.division.code, l.partners.length])).toEqual([
      ['371503', 0],
    ]);
  });
  it('is null for a division still in force', () => {
    expect(successionOf(divisions, '370614')).toBeNull();
  });
});
