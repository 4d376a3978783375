/**
 * The map's tooltip: one light-DOM element (`.map-tooltip`, rendered hidden by CountyMap.astro)
 * placed above a point given in viewport coordinates and kept inside the map's box. Absolutely
 * positioned, so showing it never moves the page. Position is set through the CSSOM
 * (`el.style.left`), which the strict CSP allows; a `style` attribute in HTML it would block.
 *
 * On a touch screen it doubles as the preview of a tapped county (`preview`): the same box with
 * a link to the county's page, which a finger can reach, so it is no longer a `role="tooltip"`.
 */
const GAP = 12;

export class MapTooltip {
  constructor(
    private readonly el: HTMLElement,
    /** The positioned ancestor (`county-map`, `position: relative`). */
    private readonly host: HTMLElement,
  ) {}

  show(text: string, clientX: number, clientY: number): void {
    this.el.textContent = text;
    this.el.classList.remove('map-preview');
    this.el.setAttribute('role', 'tooltip');
    this.place(clientX, clientY);
  }

  /** Name and figure with a link to open the county's page (a first tap on a touch screen). */
  preview(text: string, href: string, linkText: string, clientX: number, clientY: number): void {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = linkText;
    this.el.replaceChildren(text, document.createElement('br'), link);
    this.el.classList.add('map-preview');
    this.el.removeAttribute('role');
    this.place(clientX, clientY);
  }

  hide(): void {
    this.el.hidden = true;
    this.el.classList.remove('map-preview');
  }

  get previewing(): boolean {
    return !this.el.hidden && this.el.classList.contains('map-preview');
  }

  private place(clientX: number, clientY: number): void {
    const { el } = this;
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
}
