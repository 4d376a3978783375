/**
 * The map's tooltip: one light-DOM element (`.map-tooltip`, rendered hidden by CountyMap.astro)
 * placed above a point given in viewport coordinates and kept inside the map's box. Absolutely
 * positioned, so showing it never moves the page. Position is set through the CSSOM
 * (`el.style.left`), which the strict CSP allows; a `style` attribute in HTML it would block.
 */
const GAP = 12;

export class MapTooltip {
  constructor(
    private readonly el: HTMLElement,
    /** The positioned ancestor (`county-map`, `position: relative`). */
    private readonly host: HTMLElement,
  ) {}

  show(text: string, clientX: number, clientY: number): void {
    const { el } = this;
    el.textContent = text;
    el.hidden = false;
    const box = this.host.getBoundingClientRect();
    const x = clientX - box.left;
    const y = clientY - box.top;
    const left = Math.max(0, Math.min(x - el.offsetWidth / 2, box.width - el.offsetWidth));
    // Above the point; below it when there is no room above (the northern edge of the map).
    const top = y - el.offsetHeight - GAP >= 0 ? y - el.offsetHeight - GAP : y + GAP;
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }

  hide(): void {
    this.el.hidden = true;
  }
}
