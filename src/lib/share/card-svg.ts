import { PROJECTION } from '../geo/index.ts';
import { mapShapes, type MapShape } from './map-svg.ts';
import { hatchPattern } from './svg-document.ts';
import { CARD_SIZE } from './paths.ts';
import { NO_DATA_PATTERN } from '../geo/index.ts';

/**
 * The social pictures (1200 × 630): a county map and, for a choropleth, its colour classes as a
 * column of swatches, light to dark, with the no-data hatch last. They hold no words, so they
 * need no font at build time (the build machine may have no Chinese one); the page's
 * `og:image:alt` and description carry the words, including the example-data notice.
 */
export interface CardInput {
  counties: readonly MapShape[];
  prefectures: readonly MapShape[];
  /** Class colours of a choropleth; none for the site card. */
  classes?: readonly string[];
}

const PAD = 30;
const ACCENT = '#0b5394';

export function cardSvg(input: CardInput): string {
  const { width, height } = CARD_SIZE;
  const scale = (height - 2 * PAD) / PROJECTION.height;
  const mapWidth = PROJECTION.width * scale;
  const left = input.classes ? PAD * 3 : (width - mapWidth) / 2;
  const classes = input.classes ?? [];
  const swatches = [...classes, `url(#${NO_DATA_PATTERN.id})`];
  const swatchHeight = Math.min(70, (height - 2 * PAD) / swatches.length - 10);
  const keyTop = (height - swatches.length * (swatchHeight + 10)) / 2;
  const key = input.classes
    ? swatches
        .map(
          (fill, i) =>
            `<rect x="${left + mapWidth + 90}" y="${(keyTop + i * (swatchHeight + 10)).toFixed(1)}" width="120" height="${swatchHeight.toFixed(1)}" fill="${fill}" stroke="#555555" stroke-width="1.5"/>`,
        )
        .join('')
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${hatchPattern(NO_DATA_PATTERN.id)}</defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="12" fill="${ACCENT}"/>`,
    `<g transform="translate(${left.toFixed(1)} ${PAD}) scale(${scale.toFixed(4)})">${mapShapes(input.counties, input.prefectures, false)}</g>`,
    key,
    `</svg>`,
  ].join('\n');
}
