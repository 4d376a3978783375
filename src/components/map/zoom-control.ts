/**
 * MapZoom.astro's controls, once JavaScript runs: the select (`data-map-zoom`) zooms to the
 * chosen prefecture's box (`data-box` on its option), the button (`data-map-zoom-reset`) back to
 * the whole province; each change is announced and reported to `onZoom` (the box shown, or ""
 * for the province), also for the prefecture a page starts zoomed to.
 */
import { fill } from './template.ts';
import { zoomTo } from './zoom.ts';

export function wireZoomControl(
  root: HTMLElement,
  svg: SVGSVGElement,
  say: (text: string) => void,
  onZoom: (box: string) => void = () => {},
): void {
  const select = root.querySelector<HTMLSelectElement>('select[data-map-zoom]');
  if (!select) return;
  const start = select.selectedOptions[0]?.dataset.box;
  if (start) onZoom(start);
  const zoom = (): void => {
    const option = select.selectedOptions[0];
    const box = option?.dataset.box;
    zoomTo(svg, box ?? svg.dataset.fullViewBox ?? '');
    onZoom(box ?? '');
    say(box ? fill(select.dataset.msgDone, { name: option?.text.trim() ?? '' }) : (select.dataset.msgCleared ?? ''));
  };
  select.addEventListener('change', zoom);
  root.querySelector('[data-map-zoom-reset]')?.addEventListener('click', () => {
    select.value = '';
    zoom();
  });
}
