import { NO_DATA_PATTERN } from '../geo/index.ts';
import { escapeXml, wrapText } from './svg-text.ts';

/**
 * One self-contained SVG file for a map or a chart, what "下载 SVG" saves: the title, the example
 * notice (for example figures), the drawing itself, its key, then the source line, any credit and
 * the site's name with the page's address, all as text in the file, so it still says what it
 * shows and where it comes from when it travels without the page. Nothing in it points outside
 * the file; colours are presentation attributes, so any SVG viewer and the PNG canvas show it alike.
 */

/** One line of a key: a filled box (a map class, a dot colour) or a line sample (a chart series). */
export type KeyRow =
  { text: string; fill: string } | { text: string; line: { stroke: string; width: number; dash?: string | undefined } };

export interface SvgKey {
  /** Heading lines above the rows: what the colours or lines mean, the axis's unit. */
  head: readonly string[];
  rows: readonly KeyRow[];
}

export interface SvgDocumentInput {
  lang: string;
  title: string;
  /** The example notice; present only when some figure shown is example data. */
  example?: string | undefined;
  /** The drawing, in its own user units from (0, 0), placed under the title. */
  figure: { width: number; height: number; svg: string };
  key?: SvgKey | undefined;
  /** Dataset titles, names, versions and status: the release the figures come from. */
  source: string;
  /** A further credit line, e.g. the map's boundary source. */
  credit?: string | undefined;
  /** "山东脱贫攻坚三年行动 · 数据公开 https://…/indicators/x/2019/" */
  siteLine: string;
}

export const MARGIN = 16;
export const FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
const WARN_BG = '#fff4ce';
const WARN_BORDER = '#8a6d00';
const P = NO_DATA_PATTERN;

/**
 * The no-data hatch as the site draws it (NoDataPattern.astro), under `id`. `scale` enlarges it
 * for shapes drawn in a scaled-down group (`scale(.1)` → 10), so it looks the same on the page.
 */
export function hatchPattern(id: string, scale = 1): string {
  const transform = scale === 1 ? P.patternTransform : `scale(${scale}) ${P.patternTransform}`;
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${P.width}" height="${P.height}" patternTransform="${transform}"><rect width="${P.width}" height="${P.height}" fill="${P.background}"/><line x1="0" y1="0" x2="0" y2="${P.height}" stroke="${P.stroke}" stroke-width="${P.strokeWidth}"/></pattern>`;
}

/** Text lines, each `size` px, from `y` (the first baseline); returns the markup and the next free y. */
function textBlock(lines: readonly string[], y: number, size: number, attrs = '', x = MARGIN) {
  const lead = Math.round(size * 1.45);
  const svg = lines
    .map((line, i) => `<text x="${x}" y="${y + i * lead}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`)
    .join('\n');
  return { svg, y: y + (lines.length - 1) * lead + Math.round(size * 0.6) };
}

function keySwatch(row: KeyRow, top: number): string {
  if ('fill' in row)
    return `<rect x="${MARGIN}" y="${top}" width="24" height="16" fill="${row.fill}" stroke="#555555"/>`;
  const dash = row.line.dash ? ` stroke-dasharray="${row.line.dash}"` : '';
  return `<line x1="${MARGIN}" x2="${MARGIN + 24}" y1="${top + 8}" y2="${top + 8}" stroke="${row.line.stroke}" stroke-width="${row.line.width}"${dash}/>`;
}

/** The standalone SVG file: a white page as wide as the drawing, as tall as everything on it. */
export function standaloneSvg(input: SvgDocumentInput): string {
  const width = input.figure.width + 2 * MARGIN;
  const inner = input.figure.width;
  const parts: string[] = [];
  let y = MARGIN;
  const title = textBlock(wrapText(input.title, inner, 22), y + 22, 22, ' font-weight="700"');
  parts.push(title.svg);
  y = title.y + 12;
  if (input.example) {
    const lines = wrapText(input.example, inner - 24, 15);
    const height = lines.length * 22 + 14;
    parts.push(
      `<rect x="${MARGIN}" y="${y}" width="${inner}" height="${height}" fill="${WARN_BG}" stroke="${WARN_BORDER}" stroke-width="2"/>`,
      textBlock(lines, y + 24, 15, ' font-weight="700"', MARGIN + 12).svg,
    );
    y += height + 12;
  }
  parts.push(`<g transform="translate(${MARGIN} ${y})">${input.figure.svg}</g>`);
  y += input.figure.height + 12;
  if (input.key) {
    const lines = input.key.head.flatMap((line) => wrapText(line, inner, 14));
    const head = textBlock(lines, y + 14, 14, ' font-weight="600"');
    parts.push(head.svg);
    y = head.y + 8;
    input.key.rows.forEach((row, i) => {
      const top = y + i * 22;
      parts.push(
        keySwatch(row, top),
        `<text x="${MARGIN + 32}" y="${top + 13}" font-size="14">${escapeXml(row.text)}</text>`,
      );
    });
    y += input.key.rows.length * 22 + 10;
  }
  const footer = [
    [input.source, 13],
    ...(input.credit ? [[input.credit, 12] as const] : []),
    [input.siteLine, 12],
  ] as const;
  for (const [text, size] of footer) {
    const block = textBlock(wrapText(text, inner, size), y + size, size, ' fill="#333333"');
    parts.push(block.svg);
    y = block.y + 8;
  }
  const height = Math.ceil(y + MARGIN - 8);
  // The hatch only where something is filled with it (a map's no-data counties and key row); no chart is.
  const hatched = parts.some((part) => part.includes(`url(#${P.id})`));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeXml(input.lang)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml([input.example, input.source, input.credit].filter(Boolean).join(' '))}</desc>`,
    ...(hatched ? [`<defs>${hatchPattern(P.id)}</defs>`] : []),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
    '',
  ].join('\n');
}
