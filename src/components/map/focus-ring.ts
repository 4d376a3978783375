/**
 * The keyboard's current county, outlined: a light halo under a dark line, drawn as the SVG's
 * last child so neighbouring counties never paint over it (SVG has no z-index). map.css shows it
 * only while the SVG has focus.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export class FocusRing {
  private readonly strokes: SVGPathElement[];

  constructor(svg: SVGSVGElement) {
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('class', 'map-focus');
    this.strokes = ['map-focus-halo', 'map-focus-line'].map((cls) => {
      const stroke = document.createElementNS(SVG_NS, 'path');
      stroke.setAttribute('class', cls);
      return stroke;
    });
    group.append(...this.strokes);
    svg.append(group);
  }

  /** Outlines `path` (a county), replacing the previous outline. */
  around(path: SVGPathElement): void {
    const d = path.getAttribute('d') ?? '';
    for (const stroke of this.strokes) stroke.setAttribute('d', d);
  }
}
