/**
 * MapZoom.astro's controls, once JavaScript runs: the select (`data-map-zoom`) zooms to the
 * chosen prefecture's box (`data-box` on its option), the button
 * (`data-map-zoom-reset`) back to the whole province; each change is announced.
 */
import { fill } from './template.ts';
import { zoomTo } from './zoom.ts';

export function wireZoomControl(root: HTMLElement, svg: SVGSVGElement, say: (text: string) => void): void {
  const select = root.querySelector<HTMLSelectElement>('select[data-map-zoom]');
  if (!select) return;
  const zoom = (): void => {
    const option = select.selectedOptions[0];
    const box = option?.dataset.box;
    zoomTo(svg, box ?? svg.dataset.fullViewBox ?? '');
    say(box ? fill(select.dataset.msgDone, { name: option?.text.trim() ?? '' }) : (select.dataset.msgCleared ?? ''));
  };
  select.addEventListener('change', zoom);
  root.querySelector('[data-map-zoom-reset]')?.addEventListener('click', () => {
    select.value = '';
    zoom();
  });
}
