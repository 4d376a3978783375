/**
 * County names on the map while it shows one prefecture: at the province's scale 137 names would
 * cover the map, at a prefecture's they fit. Drawn into the SVG at each county's label point
 * (`data-x`/`data-y`), sized to the box shown so they read the same at every zoom, and hidden
 * from assistive technology (the ranked table and the live region already say the names).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Roughly 30 names fit across a prefecture's box at a readable size (13–16 px on a phone). */
const NAMES_ACROSS = 30;

export interface LabelPoint {
  x: number;
  y: number;
  name: string;
}

export function showLabels(svg: SVGSVGElement, points: readonly LabelPoint[], box: string): void {
  hideLabels(svg);
  const width = Number(box.trim().split(/[\s,]+/)[2]);
  if (points.length === 0 || !(width > 0)) return;
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'map-labels');
  group.setAttribute('aria-hidden', 'true');
  group.setAttribute('font-size', String(width / NAMES_ACROSS));
  for (const p of points) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(p.x));
    text.setAttribute('y', String(p.y));
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('dominant-baseline', 'middle');
    text.textContent = p.name;
    group.append(text);
  }
  // Before the keyboard outline (the last child), after the counties and borders.
  svg.insertBefore(group, svg.querySelector('.map-focus'));
}

export function hideLabels(svg: SVGSVGElement): void {
  svg.querySelector('.map-labels')?.remove();
}
