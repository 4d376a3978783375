import { NO_DATA_FILL, PROJECTION } from '../geo/index.ts';
import { compactPath } from '../geo/compact-path.ts';
import { standaloneSvg } from './svg-document.ts';
import { escapeXml } from './svg-text.ts';

/**
 * A county map as one self-contained SVG file (svg-document.ts): every path inline, the key of
 * classes drawn in the file, the boundary credit under the source line.
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

const BASE_FILL = '#d9d9d9';

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

/** The standalone SVG file of one map: the map at the projection's size, its key of classes. */
export function standaloneMapSvg(input: MapSvgInput): string {
  const keyRows = [
    ...input.key.classes.map((c) => ({ fill: c.colour, text: c.text })),
    { fill: NO_DATA_FILL, text: input.key.noData },
  ];
  return standaloneSvg({
    lang: input.lang,
    title: input.title,
    example: input.example,
    figure: {
      width: PROJECTION.width,
      height: PROJECTION.height,
      svg: mapShapes(input.counties, input.prefectures, true),
    },
    key: { head: [input.key.title, ...(input.key.better ? [input.key.better] : [])], rows: keyRows },
    source: input.source,
    credit: input.credit,
    siteLine: input.siteLine,
  });
}
