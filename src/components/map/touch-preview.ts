/**
 * Touch screens have no hover, so a tap on a county would jump straight to its page before the
 * reader saw which county it was. Here a first tap (a touch or pen pointer) shows the county's
 * name, figure and a link to its page instead; a second tap on the same county, or the link,
 * opens the page. Mouse clicks and the keyboard keep following the link at once. Counties are
 * found by their links in the counties group, whatever draws the shape inside them.
 */
import { COUNTY_LINK } from './county-links.ts';
import type { MapTooltip } from './tooltip.ts';

export interface TouchPreviewOptions {
  svg: SVGSVGElement;
  host: HTMLElement;
  tooltip: MapTooltip;
  /** "莒南县：59 人" for the county link `el`. */
  labelOf: (el: Element) => string;
  /** Announces the previewed county through the map's live region. */
  say: (text: string) => void;
  /** The link's words, rendered by the page ("打开县（市、区）页面"). */
  openText: string;
}

const isTouch = (type: string) => type === 'touch' || type === 'pen';

export function wireTouchPreview({ svg, host, tooltip, labelOf, say, openText }: TouchPreviewOptions): void {
  let pointer = 'mouse';
  let previewed: Element | null = null;
  // pointerdown comes before the click it causes and says which kind of pointer made it.
  host.addEventListener('pointerdown', (e) => (pointer = e.pointerType), { capture: true });
  svg.addEventListener('click', (e) => {
    if (!isTouch(pointer)) return;
    const link = e.target instanceof Element ? e.target.closest(COUNTY_LINK) : null;
    if (!link) {
      previewed = null;
      tooltip.hide();
      return;
    }
    if (link === previewed && tooltip.previewing) return; // second tap: follow the link
    e.preventDefault();
    previewed = link;
    const label = labelOf(link);
    tooltip.preview(label, link.getAttribute('href') ?? '', openText, e.clientX, e.clientY);
    say(label);
  });
  // A tap anywhere else on the page closes the preview.
  document.addEventListener('click', (e) => {
    if (previewed && !(e.target instanceof Node && host.contains(e.target))) {
      previewed = null;
      tooltip.hide();
    }
  });
}
