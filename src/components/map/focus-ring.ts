/**
 * The keyboard's current county, outlined: a light halo under a dark line, drawn as the SVG's
 * last child so neighbouring counties never paint over it (SVG has no z-index). Both strokes are
 * `<use>`s of the county's shape in the year's sprite, the same one its link draws. map.css
 * shows them only while the SVG has focus.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export class FocusRing {
  private readonly strokes: SVGUseElement[];

  constructor(svg: SVGSVGElement) {
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('class', 'map-focus');
    this.strokes = ['map-focus-halo', 'map-focus-line'].map((cls) => {
      const stroke = document.createElementNS(SVG_NS, 'use');
      stroke.setAttribute('class', cls);
      return stroke;
    });
    group.append(...this.strokes);
    svg.append(group);
  }

  /** Outlines the county drawn by `link`, replacing the previous outline. */
  around(link: SVGElement): void {
    const href = link.querySelector('use')?.getAttribute('href') ?? '';
    for (const stroke of this.strokes) stroke.setAttribute('href', href);
  }
}
