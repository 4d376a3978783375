/**
 * County names on the map while it shows one prefecture: at the province's scale 137 names would
 * cover the map, at a prefecture's they fit. Each name sits at its county's label point, sized
 * to the box shown so it reads the same at every zoom, hidden from assistive technology (the
 * ranked table and the live region already say the names). CountyMap.astro draws them at build
 * time on a map that starts zoomed (no script needed); the zoom control redraws them here.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Roughly 30 names fit across a prefecture's box at a readable size (13–16 px on a phone). */
const NAMES_ACROSS = 30;

export interface LabelPoint {
  x: number;
  y: number;
  name: string;
}

/** The points inside `box` (an SVG `viewBox`, "x y width height") and the font size for it; none for a bad box. */
export function labelsIn<P extends LabelPoint>(points: readonly P[], box: string): { points: P[]; fontSize: number } {
  const [x = 0, y = 0, width = 0, height = 0] = box
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!(width > 0 && height > 0)) return { points: [], fontSize: 0 };
  return {
    points: points.filter((p) => p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height),
    fontSize: Math.round((width / NAMES_ACROSS) * 100) / 100,
  };
}

export function showLabels(svg: SVGSVGElement, all: readonly LabelPoint[], box: string): void {
  hideLabels(svg);
  const { points, fontSize } = labelsIn(all, box);
  if (points.length === 0) return;
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'map-labels');
  group.setAttribute('aria-hidden', 'true');
  group.setAttribute('font-size', String(fontSize));
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
