/**
 * What `npm run new:dataset -- <id>` writes (scripts/new-dataset.ts): a dataset folder whose
 * descriptor has every required property (data/README.md) either known — the name, the status
 * staff chose, the first version, the table schema of the chosen indicators — or marked `TODO`,
 * which the validator reports (`todo-value`) until it is filled in; and a CSV with the header only.
 * Pure: the script checks the id and the folder and writes the files.
 */

/** Folder and package names: lower-case letters, digits and single hyphens (src/lib/schemas/dataset.ts). */
export const DATASET_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const DATASET_STATUSES = ['example', 'official'] as const;
export type DatasetStatus = (typeof DATASET_STATUSES)[number];

/** What the scaffold needs of a catalogue indicator (data/indicators/indicators.csv). */
export interface ScaffoldIndicator {
  id: string;
  nameZh: string;
  nameEn: string;
  unit: string;
}

export interface Scaffold {
  /** datapackage.json, two-space indented, ending with a newline. */
  descriptor: string;
  /** `<id>.csv`: the header only. */
  csv: string;
}

/** Why `id` cannot name a dataset, or null when it can. */
export function datasetIdProblem(id: string): string | null {
  if (DATASET_ID.test(id)) return null;
  return `数据集名称 “${id}” 无效：只能用小写英文字母、数字和连字符（不能以连字符开头或结尾），例如 county-2021`;
}

/** Missing-value codes every table declares (data/README.md, "Missing values"). */
const MISSING_VALUES = [
  { value: 'NP', label: '未公布 / not published' },
  { value: 'NA', label: '不适用 / not applicable' },
  { value: 'S', label: '已隐去 / suppressed' },
];

function field(indicator: ScaffoldIndicator) {
  const percent = indicator.unit === 'percent';
  return {
    name: indicator.id,
    type: percent ? 'number' : 'integer',
    title: indicator.nameZh,
    description: `${indicator.nameEn} (${indicator.unit}).`,
    constraints: percent ? { minimum: 0, maximum: 100 } : { minimum: 0 },
  };
}

export function scaffoldDataset(id: string, status: DatasetStatus, indicators: readonly ScaffoldIndicator[]): Scaffold {
  const official = status === 'official';
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: id,
    title: 'TODO：中文标题',
    titles: { 'zh-CN': 'TODO：中文标题', en: 'TODO: English title' },
    descriptions: {
      'zh-CN': 'TODO：说明这些数字是什么、来自哪里、覆盖哪些区划和年份',
      en: 'TODO: what the figures are, where they come from, which divisions and years they cover',
    },
    status,
    version: '1.0.0',
    published: 'TODO：本版本在网站上发布的日期，例如 2026-12-31',
    referenceYears: 'TODO：数据所指的年份，例如 [2018, 2019, 2020]',
    referenceDay: 'TODO：数字所指的月日，年末数写 12-31',
    contributors: [{ title: 'TODO：发布者名称', roles: ['publisher'] }],
    licenses: [
      {
        name: 'TODO：许可证代码，例如 CC-BY-4.0',
        path: 'TODO：许可证网址，例如 https://creativecommons.org/licenses/by/4.0/',
        title: 'TODO：许可证名称',
      },
    ],
    // An official figure names its source (data/README.md, "Validation"); example data has none.
    sources: official
      ? [
          {
            name: 'TODO：来源简称，小写字母、数字和连字符，例如 statistics-bulletin-2021',
            title: 'TODO：来源标题',
            path: 'TODO：来源网址 https://…',
            publisher: 'TODO：来源的发布机关',
            published: 'TODO：来源的发布日期，例如 2021-03-01',
          },
        ]
      : [],
    resources: [
      {
        name: id,
        path: `${id}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: 'TODO：表格标题',
        schema: {
          fields: [
            {
              name: 'division_code',
              type: 'string',
              title: '区划代码',
              description: 'Six-digit GB/T 2260 code from data/divisions, in force on the reference date.',
              constraints: { required: true, pattern: '^37\\d{4}$' },
            },
            { name: 'year', type: 'integer', title: '年份', constraints: { required: true } },
            ...indicators.map(field),
            ...(official
              ? [{ name: 'source', type: 'string', title: '来源', description: 'Name of the entry in `sources`.' }]
              : []),
          ],
          missingValues: MISSING_VALUES,
          primaryKey: ['division_code', 'year'],
        },
      },
    ],
  };
  const header = ['division_code', 'year', ...indicators.map((i) => i.id), ...(official ? ['source'] : [])];
  return { descriptor: `${JSON.stringify(descriptor, null, 2)}\n`, csv: `${header.join(',')}\n` };
}
