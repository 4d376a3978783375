/**
 * A made-up division registry the size of China's county level, for `npm run bench -- --stress`:
 * provinces with the 31 GB/T 2260 province codes of the mainland, prefectures and county-level
 * divisions under them with codes `PPMM00` and `PPMMCC`, and invented names. Nothing in it is
 * real but the province code numbers (370000, Shandong, always among them); it exists to measure the build at that size. Pure and
 * seeded: the same options give the same registry.
 */
import { allocate } from '../example/allocate.ts';
import { streamFor, type Random } from '../example/prng.ts';
import type { Division } from '../schemas/division.ts';

/** The 31 province-level codes of the mainland (GB/T 2260: 11 北京 … 65 新疆). */
export const PROVINCE_PREFIXES = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41',
  '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
] as const; // prettier-ignore

export interface StressSize {
  seed: number;
  /** At most 31. */
  provinces: number;
  /** Spread over the provinces, at most 99 each. */
  prefectures: number;
  /** Spread over the prefectures, at most 99 each. */
  counties: number;
}

/**
 * China's county level (民政部 统计, 2020 年底): 31 provinces, 333 prefecture-level and 2,844
 * county-level divisions. The bench rounds up to ~340 and 2,850, the size the budget names.
 */
export const CHINA_SIZE: StressSize = { seed: 20201231, provinces: 31, prefectures: 340, counties: 2850 };

/** Syllables of the invented names with their pinyin; two make a name. */
const SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['安', 'an'], ['宁', 'ning'], ['平', 'ping'], ['和', 'he'], ['丰', 'feng'], ['乐', 'le'], ['清', 'qing'],
  ['河', 'he'], ['山', 'shan'], ['阳', 'yang'], ['东', 'dong'], ['西', 'xi'], ['南', 'nan'], ['北', 'bei'],
  ['新', 'xin'], ['城', 'cheng'], ['泉', 'quan'], ['林', 'lin'], ['水', 'shui'], ['石', 'shi'], ['长', 'chang'],
  ['兴', 'xing'], ['永', 'yong'], ['高', 'gao'], ['福', 'fu'], ['江', 'jiang'], ['云', 'yun'], ['华', 'hua'],
]; // prettier-ignore

const COUNTY_KINDS = [
  { kind: '县', zh: '县', en: 'County', share: 0.55 },
  { kind: '市辖区', zh: '区', en: 'District', share: 0.33 },
  { kind: '县级市', zh: '市', en: 'City', share: 0.12 },
] as const;

/** Weights between 0.6 and 1.4, so sizes vary like real ones without leaving the limits. */
const weights = (random: Random, n: number) => Array.from({ length: n }, () => 0.6 + 0.8 * random());
const two = (n: number) => String(n).padStart(2, '0');

/** The `index`-th name of a list starting at a seeded offset: distinct for up to 28² names. */
function nameAt(offset: number, index: number): { zh: string; en: string } {
  const n = (offset + index) % SYLLABLES.length ** 2;
  const [a, pa] = SYLLABLES[Math.floor(n / SYLLABLES.length)]!;
  const [b, pb] = SYLLABLES[n % SYLLABLES.length]!;
  return { zh: `${a}${b}`, en: `${pa[0]!.toUpperCase()}${pa.slice(1)}${pb}` };
}

function division(code: string, level: Division['level'], kind: Division['kind'], parent: string | null) {
  return { code, level, kind, parent, validFrom: null, validTo: null, successors: [], changeDocument: null };
}

/** The registry, in code order (province, its prefectures, each followed by its counties). */
export function stressRegistry(size: StressSize): Division[] {
  const { seed } = size;
  if (size.provinces < 1 || size.provinces > PROVINCE_PREFIXES.length)
    throw new RangeError(`stressRegistry: provinces must be 1–${PROVINCE_PREFIXES.length}, received ${size.provinces}`);
  const random = streamFor(seed, 'registry');
  const prefecturesPer = allocate(size.prefectures, weights(random, size.provinces));
  const countiesPer = allocate(size.counties, weights(random, size.prefectures));
  if (Math.max(...prefecturesPer, ...countiesPer) > 99 || Math.min(...prefecturesPer, ...countiesPer) < 1)
    throw new RangeError('stressRegistry: every province needs 1–99 prefectures and every prefecture 1–99 counties');
  const out: Division[] = [];
  let prefectureIndex = 0;
  // 37 (Shandong) is always among them: the copied plan datasets and the explainers name 370000.
  const chosen = ['37', ...PROVINCE_PREFIXES.filter((pp) => pp !== '37')].slice(0, size.provinces).sort();
  chosen.forEach((pp, p) => {
    const provinceCode = `${pp}0000`;
    const provinceName = nameAt(Math.floor(random() * 784), p);
    out.push({
      ...division(provinceCode, 'province', '省', null),
      nameZh: `${provinceName.zh}省`,
      nameEn: `${provinceName.en} Province`,
    });
    const names = Math.floor(random() * 784);
    for (let m = 1; m <= prefecturesPer[p]!; m++) {
      const prefectureCode = `${pp}${two(m)}00`;
      const name = nameAt(names, m);
      out.push({
        ...division(prefectureCode, 'prefecture', '地级市', provinceCode),
        nameZh: `${name.zh}市`,
        nameEn: `${name.en} City`,
      });
      const countyNames = Math.floor(random() * 784);
      for (let c = 1; c <= countiesPer[prefectureIndex]!; c++) {
        const draw = random();
        const [county, district, city] = COUNTY_KINDS;
        const kind = draw < county.share ? county : draw < county.share + district.share ? district : city;
        const countyName = nameAt(countyNames, c);
        out.push({
          ...division(`${pp}${two(m)}${two(c)}`, 'county', kind.kind, prefectureCode),
          nameZh: `${countyName.zh}${kind.zh}`,
          nameEn: `${countyName.en} ${kind.en}`,
        });
      }
      prefectureIndex++;
    }
  });
  return out;
}
