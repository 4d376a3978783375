import { NO_DATA_FILL, NO_DATA_PATTERN, PROJECTION } from '../geo/index.ts';
import { compactPath } from '../geo/compact-path.ts';
import { escapeXml, wrapText } from './svg-text.ts';

/**
 * A county map as one self-contained SVG file: every path inline, the key drawn in the file, and
 * the title, source line, boundary credit, the site's name and, for example figures, the example
 * notice as text, so the file still says what it is when it travels without the page.
 */
export interface MapShape {
  d: string;
  /** Class colour or the no-data fill; undefined draws the plain base colour. */
  fill?: string | undefined;
  /** The county's name and figure, shown as a tooltip by SVG viewers. */
  label?: string | undefined;
}

export interface MapKey {
  title: string;
  /** "Fewer is better" and the like, or nothing for neutral indicators. */
  better?: string | undefined;
  classes: readonly { colour: string; text: string }[];
  noData: string;
}

export interface MapSvgInput {
  lang: string;
  title: string;
  counties: readonly MapShape[];
  prefectures: readonly MapShape[];
  key: MapKey;
  /** The example notice; present only for example figures. */
  example?: string | undefined;
  source: string;
  credit: string;
  /** "山东脱贫攻坚三年行动 · 数据公开 https://…/indicators/x/2019/" */
  siteLine: string;
}

const MARGIN = 16;
const WIDTH = PROJECTION.width + 2 * MARGIN;
const INNER = WIDTH - 2 * MARGIN;
const FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
const BASE_FILL = '#d9d9d9';
const WARN_BG = '#fff4ce';
const WARN_BORDER = '#8a6d00';
const P = NO_DATA_PATTERN;

/** The no-data hatch as the site draws it (NoDataPattern.astro), under `id`. */
export function hatchPattern(id: string): string {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${P.width}" height="${P.height}" patternTransform="${P.patternTransform}"><rect width="${P.width}" height="${P.height}" fill="${P.background}"/><line x1="0" y1="0" x2="0" y2="${P.height}" stroke="${P.stroke}" stroke-width="${P.strokeWidth}"/></pattern>`;
}

/** The counties (white hairlines) and prefecture outlines (dark), as the pages draw them. */
export function mapShapes(
  counties: readonly MapShape[],
  prefectures: readonly MapShape[],
  withTitles: boolean,
): string {
  const county = (c: MapShape) => {
    const title = withTitles && c.label ? `<title>${escapeXml(c.label)}</title>` : '';
    return `<path d="${compactPath(c.d)}" fill="${c.fill ?? BASE_FILL}">${title}</path>`;
  };
  return [
    `<g stroke="#ffffff" stroke-width="0.4">${counties.map(county).join('')}</g>`,
    `<g fill="none" stroke="#333333" stroke-width="1">${prefectures.map((p) => `<path d="${compactPath(p.d)}"/>`).join('')}</g>`,
  ].join('\n');
}

/** Text lines, each `size` px, from `y` (the first baseline); returns the markup and the next free y. */
function textBlock(lines: readonly string[], y: number, size: number, attrs = ''): { svg: string; y: number } {
  const lead = Math.round(size * 1.45);
  const svg = lines
    .map((line, i) => `<text x="${MARGIN}" y="${y + i * lead}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`)
    .join('\n');
  return { svg, y: y + (lines.length - 1) * lead + Math.round(size * 0.6) };
}

/** The standalone SVG file of one map. */
export function standaloneMapSvg(input: MapSvgInput): string {
  const parts: string[] = [];
  let y = MARGIN;
  const title = textBlock(wrapText(input.title, INNER, 22), y + 22, 22, ' font-weight="700"');
  parts.push(title.svg);
  y = title.y + 12;
  if (input.example) {
    const lines = wrapText(input.example, INNER - 24, 15);
    const height = lines.length * 22 + 14;
    parts.push(
      `<rect x="${MARGIN}" y="${y}" width="${INNER}" height="${height}" fill="${WARN_BG}" stroke="${WARN_BORDER}" stroke-width="2"/>`,
      textBlock(lines, y + 24, 15, ' font-weight="700"').svg.replaceAll(`x="${MARGIN}"`, `x="${MARGIN + 12}"`),
    );
    y += height + 12;
  }
  parts.push(`<g transform="translate(${MARGIN} ${y})">${mapShapes(input.counties, input.prefectures, true)}</g>`);
  y += PROJECTION.height + 12;
  const keyHead = [input.key.title, ...(input.key.better ? [input.key.better] : [])];
  const head = textBlock(keyHead, y + 14, 14, ' font-weight="600"');
  parts.push(head.svg);
  y = head.y + 8;
  const rows = [
    ...input.key.classes.map((c) => ({ fill: c.colour, text: c.text })),
    { fill: NO_DATA_FILL, text: input.key.noData },
  ];
  rows.forEach((row, i) => {
    const top = y + i * 22;
    parts.push(
      `<rect x="${MARGIN}" y="${top}" width="24" height="16" fill="${row.fill}" stroke="#555555"/>`,
      `<text x="${MARGIN + 32}" y="${top + 13}" font-size="14">${escapeXml(row.text)}</text>`,
    );
  });
  y += rows.length * 22 + 10;
  for (const [text, size] of [
    [input.source, 13],
    [input.credit, 12],
    [input.siteLine, 12],
  ] as const) {
    const block = textBlock(wrapText(text, INNER, size), y + size, size, ' fill="#333333"');
    parts.push(block.svg);
    y = block.y + 8;
  }
  const height = Math.ceil(y + MARGIN - 8);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeXml(input.lang)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml([input.example, input.source, input.credit].filter(Boolean).join(' '))}</desc>`,
    `<defs>${hatchPattern(P.id)}</defs>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
    '',
  ].join('\n');
}
