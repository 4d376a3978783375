import { NO_DATA_FILL, NO_DATA_PATTERN, PROJECTION } from '../geo/index.ts';
import { compactPath } from '../geo/compact-path.ts';
import { hatchPattern, standaloneSvg } from './svg-document.ts';
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
const COUNTY_STROKE = 0.4;
const PREFECTURE_STROKE = 1;

/**
 * The standalone file writes path data in whole tenths (`l-34-9`, not `l-3.4-.9`: no decimal
 * points, about a fifth fewer bytes) inside a `scale(.1)` group. Every length given in the
 * group's units is therefore ten times larger: the stroke widths, and the no-data hatch, which
 * `patternUnits="userSpaceOnUse"` sizes in the units of the shape it fills, so it gets its own
 * pattern enlarged ten times. The key's swatch, outside the group, keeps the plain one.
 */
const TENTHS = 10;
const TENTH_HATCH_ID = `${NO_DATA_PATTERN.id}-tenth`;

/** The counties (white hairlines) and prefecture outlines (dark), as the pages draw them. */
export function mapShapes(
  counties: readonly MapShape[],
  prefectures: readonly MapShape[],
  withTitles: boolean,
  unit: 'unit' | 'tenth' = 'unit',
): string {
  const scale = unit === 'tenth' ? TENTHS : 1;
  const fillOf = (c: MapShape) =>
    unit === 'tenth' && c.fill === NO_DATA_FILL ? `url(#${TENTH_HATCH_ID})` : (c.fill ?? BASE_FILL);
  const county = (c: MapShape) => {
    const title = withTitles && c.label ? `<title>${escapeXml(c.label)}</title>` : '';
    return `<path d="${compactPath(c.d, { unit })}" fill="${fillOf(c)}">${title}</path>`;
  };
  const shapes = [
    `<g stroke="#ffffff" stroke-width="${COUNTY_STROKE * scale}">${counties.map(county).join('')}</g>`,
    `<g fill="none" stroke="#333333" stroke-width="${PREFECTURE_STROKE * scale}">${prefectures.map((p) => `<path d="${compactPath(p.d, { unit })}"/>`).join('')}</g>`,
  ].join('\n');
  if (unit === 'unit') return shapes;
  const hatched = counties.some((c) => c.fill === NO_DATA_FILL);
  const defs = hatched ? `<defs>${hatchPattern(TENTH_HATCH_ID, TENTHS)}</defs>\n` : '';
  return `<g transform="scale(.1)">${defs}${shapes}</g>`;
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
      svg: mapShapes(input.counties, input.prefectures, true, 'tenth'),
    },
    key: { head: [input.key.title, ...(input.key.better ? [input.key.better] : [])], rows: keyRows },
    source: input.source,
    credit: input.credit,
    siteLine: input.siteLine,
  });
}
