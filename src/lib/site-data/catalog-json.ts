import { datasetPath, rawDataFilePath } from '../routes.ts';
import { site } from '../site.ts';
import type { CatalogueEntry, CatalogueFile } from './catalogue.ts';

/**
 * `/data/catalog.json`: every data package as a DCAT-AP 3 catalogue in JSON-LD
 * (https://semiceu.github.io/DCAT-AP/releases/3.0.0/), so data portals and harvesters can list
 * the datasets without scraping the data page. Classes dcat:Catalog, dcat:Dataset and
 * dcat:Distribution; checksums as spdx:Checksum (the property DCAT-AP names for them); sizes as
 * dcat:byteSize; media types as IANA URIs as DCAT-AP recommends. Pure: the entries are read by
 * dataCatalogue() and the site address comes from the build.
 */
export const CATALOG_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  adms: 'http://www.w3.org/ns/adms#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const MEDIA: Record<string, string> = {
  csv: 'https://www.iana.org/assignments/media-types/text/csv',
  json: 'https://www.iana.org/assignments/media-types/application/json',
  zip: 'https://www.iana.org/assignments/media-types/application/zip',
};

type Text = Array<{ '@language': string; '@value': string }>;
const both = (zh: string, en: string): Text => [
  { '@language': 'zh-CN', '@value': zh },
  { '@language': 'en', '@value': en },
];

export interface CatalogOptions {
  /** Absolute site address, e.g. `https://example.org/`. */
  siteUrl: string;
  /** The whole-data bundle to list as the catalogue's own distribution (bytes and SHA-256), if any. */
  bundle?: { path: string; bytes: number; sha256: string };
}

export function catalogJson(entries: readonly CatalogueEntry[], options: CatalogOptions): object {
  const url = (path: string) => new URL(path, options.siteUrl).href;
  const newest =
    entries
      .map((e) => e.meta.published)
      .sort()
      .at(-1) ?? null;
  return {
    '@context': CATALOG_CONTEXT,
    '@id': url('/data/catalog.json'),
    '@type': 'dcat:Catalog',
    'dct:title': both('山东脱贫攻坚数据目录', 'Shandong poverty-alleviation data catalogue'),
    'dct:description': both(
      '2018—2020年山东省脱贫攻坚三年行动的开放数据：每个数据包的描述文件和表格，附字节数和 SHA-256。',
      'Open data on Shandong’s 2018–2020 poverty-alleviation plan: every data package’s descriptor and tables, with sizes and SHA-256.',
    ),
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': both(site.publisherZh, site.publisherEn) },
    'foaf:homepage': { '@id': url('/') },
    ...(newest && { 'dct:modified': { '@value': newest, '@type': 'xsd:date' } }),
    'dcat:dataset': entries.map((e) => datasetNode(e, url)),
    ...(options.bundle && {
      'dcat:distribution': [
        distribution(url(options.bundle.path), 'zip', options.bundle, both('全部数据（zip）', 'All data (zip)')),
      ],
    }),
  };
}

function datasetNode(e: CatalogueEntry, url: (path: string) => string): object {
  const m = e.meta;
  const notes = m.releaseNotes ?? [];
  const years = [...m.referenceYears].sort((a, b) => a - b);
  return {
    '@id': url(datasetPath(e.name, 'zh-CN')),
    '@type': 'dcat:Dataset',
    'dct:identifier': e.name,
    'dct:title': both(m.titles['zh-CN'], m.titles.en),
    'dct:description': both(m.descriptions['zh-CN'], m.descriptions.en),
    'dcat:version': m.version,
    ...(notes[0] && { 'adms:versionNotes': both(notes[0]['zh-CN'], notes[0].en) }),
    ...(notes.length > 0 && { 'dct:issued': { '@value': notes.at(-1)!.date, '@type': 'xsd:date' } }),
    'dct:modified': { '@value': m.published, '@type': 'xsd:date' },
    // The project's own status: `official` figures traced to sources, or generated `example` figures.
    'adms:status': m.status,
    'dcat:landingPage': [{ '@id': url(datasetPath(e.name, 'zh-CN')) }, { '@id': url(datasetPath(e.name, 'en')) }],
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@value': `${years[0]}-01-01`, '@type': 'xsd:date' },
      'dcat:endDate': { '@value': `${years.at(-1)}-${m.referenceDay}`, '@type': 'xsd:date' },
    },
    'dct:license': m.licenses.map((l) => (l.path ? { '@id': l.path, 'dct:title': l.title } : { 'dct:title': l.title })),
    'dct:publisher': m.contributors
      .filter((c) => c.roles?.includes('publisher'))
      .map((c) => ({ '@type': 'foaf:Agent', 'foaf:name': c.title })),
    'dct:source': m.sources.map((s) => ({
      '@id': s.path,
      'dct:identifier': s.name,
      'dct:title': s.title,
      ...(s.publisher && { 'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': s.publisher } }),
      ...(s.published && { 'dct:issued': { '@value': s.published, '@type': 'xsd:date' } }),
    })),
    'dcat:distribution': [
      ...e.resources.map((r) =>
        distribution(url(rawDataFilePath(r.file.file)), 'csv', r.file, both(r.title ?? r.name, r.name)),
      ),
      distribution(
        url(rawDataFilePath(e.files[0]!.file)),
        'json',
        e.files[0]!,
        both('数据包描述文件', 'Data Package descriptor'),
      ),
    ],
  };
}

function distribution(
  downloadUrl: string,
  format: keyof typeof MEDIA,
  file: Pick<CatalogueFile, 'bytes' | 'sha256'>,
  title: Text,
): object {
  return {
    '@id': downloadUrl,
    '@type': 'dcat:Distribution',
    'dct:title': title,
    'dcat:accessURL': { '@id': downloadUrl },
    'dcat:downloadURL': { '@id': downloadUrl },
    'dcat:mediaType': { '@id': MEDIA[format] },
    'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256' },
      'spdx:checksumValue': file.sha256,
    },
  };
}
