/**
 * `<county-map>`: progressive enhancement of the map CountyMap.astro renders. Without JavaScript
 * the map is a complete image whose counties link to their pages; this element adds a tooltip on
 * hover and focus, arrow-key movement between counties with a live announcement, zooming to a
 * prefecture with county names, and on touch screens a preview on the first tap
 * (touch-preview.ts). Every string it shows
 * was rendered by the page from src/lib/i18n; every URL by src/lib/routes.ts.
 *
 * Keyboard model (explained to screen readers by the help text, `aria-describedby`): the SVG is
 * one Tab stop (`role="group"`, roledescription "map"); focus stays on it while arrow keys move a
 * "current county" between label points, and a polite live region says the county, its figure
 * and rank. The county links keep `tabindex="-1"` and the counties group is `aria-hidden`, so
 * browse mode does not walk 137 links: the ranked table is the version to read. Enter opens the
 * current county; Escape moves focus on to the next focusable element after the map, where Tab
 * would have gone.
 */
import { COUNTY_LINK, countiesOf, labelPoints, type County, type LabelPoints } from './county-links.ts';
import { nextFocusableAfter } from './focus.ts';
import { FocusRing } from './focus-ring.ts';
import { nearestInDirection, nearestTo, type Direction } from './nearest.ts';
import { fill } from './template.ts';
import { hideLabels, showLabels } from './labels.ts';
import { MapTooltip } from './tooltip.ts';
import { wireTouchPreview } from './touch-preview.ts';
import { wireZoomControl } from './zoom-control.ts';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export class CountyMapElement extends HTMLElement {
  svg!: SVGSVGElement;
  private upgrading = false;
  counties: County[] = [];
  private current: County | undefined;
  private tooltip!: MapTooltip;
  private live!: HTMLElement;
  private ring!: FocusRing;

  connectedCallback(): void {
    if (this.upgrading) return; // moved in the DOM: already upgraded, or waiting for the points
    const svg = this.querySelector<SVGSVGElement>('figure > svg');
    const live = this.querySelector<HTMLElement>('[data-map-live]');
    const tip = this.querySelector<HTMLElement>('.map-tooltip');
    const points = this.dataset.labels;
    if (!svg || !live || !tip || !points) return; // not the markup this expects: stay a plain image
    this.upgrading = true;
    // Until the year's label points arrive, or if they never do, the map stays the plain image.
    labelPoints(points).then(
      (found) => this.upgrade(svg, live, tip, found),
      () => {},
    );
  }

  private upgrade(svg: SVGSVGElement, live: HTMLElement, tip: HTMLElement, points: LabelPoints): void {
    this.svg = svg;
    this.live = live;
    this.tooltip = new MapTooltip(tip, this);
    this.counties = countiesOf(svg, points);

    // The tooltip replaces the browser's own, which would show the same text a second later;
    // the title's text becomes the label the tooltip and the live region read (`data-label`).
    for (const title of svg.querySelectorAll('.counties title')) {
      if (title.parentElement) title.parentElement.dataset.label = title.textContent ?? '';
      title.remove();
    }
    svg.querySelector('.counties')?.setAttribute('aria-hidden', 'true');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-roledescription', this.dataset.msgRoledescription ?? '');
    const help = this.querySelector<HTMLElement>('.map-help');
    if (help) {
      help.hidden = false;
      svg.setAttribute('aria-describedby', help.id);
    }
    svg.tabIndex = 0;
    this.ring = new FocusRing(svg);

    svg.addEventListener('pointermove', (e) => {
      if (e.pointerType !== 'mouse') return; // a finger gets the preview on tap instead
      const county = this.countyOf(e.target);
      if (county) this.tooltip.show(this.labelOf(county), e.clientX, e.clientY);
      else this.restoreTooltip();
    });
    svg.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse') this.restoreTooltip();
    });
    svg.addEventListener('focus', () => {
      // A click on the sea also focuses the SVG; only keyboard focus picks a county at once.
      if (svg.matches(':focus-visible')) this.select(this.current ?? this.startCounty());
    });
    svg.addEventListener('blur', () => this.tooltip.hide());
    svg.addEventListener('keydown', (e) => this.onKey(e));
    wireTouchPreview({
      svg,
      host: this,
      tooltip: this.tooltip,
      labelOf: (el) => (el as HTMLElement | SVGElement).dataset.label ?? '',
      say: (text) => this.say(text),
      openText: this.dataset.msgOpen ?? '',
    });
    wireZoomControl(
      this,
      svg,
      (text) => this.say(text),
      (box) => this.labelCounties(box),
    );
  }

  /**
   * Names on the counties whose label point lies in the prefecture's box zoomed to (its own and
   * any neighbour's reaching in); none at the province's scale (`box` empty).
   */
  private labelCounties(box: string): void {
    if (!box) return hideLabels(this.svg);
    // A plain map's title is the name itself; a coloured one's adds a colon and the figure.
    const colon = this.dataset.msgColon;
    const named = this.counties.flatMap((c) => {
      const label = c.link.dataset.label;
      const name = colon ? label?.split(colon)[0] : label;
      return name ? [{ x: c.x, y: c.y, name }] : [];
    });
    showLabels(this.svg, named, box);
  }

  /** Says `text` through the polite live region. */
  say(text: string): void {
    this.live.textContent = text;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const from = this.current ?? this.startCounty();
    if (e.key === 'Enter') {
      const href = from?.link.getAttribute('href');
      if (href) location.assign(href);
      return;
    }
    if (e.key === 'Escape') {
      const after = nextFocusableAfter(this);
      if (after) after.focus();
      else this.svg.blur();
      return;
    }
    const visible = this.visibleCounties();
    let next: County | undefined;
    if (e.key in ARROWS) next = this.current ? nearestInDirection(this.current, visible, ARROWS[e.key]!) : from;
    else if (e.key === 'Home') next = visible[0];
    else if (e.key === 'End') next = visible.at(-1);
    else return;
    e.preventDefault(); // arrows and Home/End would scroll the page
    this.select(next);
  }

  private select(county: County | undefined): void {
    if (!county) return;
    this.current?.link.classList.remove('map-current');
    this.current = county;
    county.link.classList.add('map-current');
    this.ring.around(county.link);
    const rank = county.link.dataset.rank;
    const label = this.labelOf(county);
    this.say(
      rank
        ? fill(county.link.dataset.tied === undefined ? this.dataset.msgRank : this.dataset.msgRankTied, {
            label,
            rank,
            total: this.dataset.rankTotal ?? '',
          })
        : label,
    );
    this.showAt(county);
  }

  /** The marked county (`aria-current`) when in view, else the one nearest the middle of the view. */
  private startCounty(): County | undefined {
    const visible = this.visibleCounties();
    const marked = visible.find((c) => c.link.getAttribute('aria-current') === 'true');
    const { x, y, width, height } = this.svg.viewBox.baseVal;
    return marked ?? nearestTo({ x: x + width / 2, y: y + height / 2 }, visible);
  }

  /** Counties whose label point is inside the current view (all of them unless zoomed). */
  private visibleCounties(): County[] {
    const { x, y, width, height } = this.svg.viewBox.baseVal;
    return this.counties.filter((c) => c.x >= x && c.x <= x + width && c.y >= y && c.y <= y + height);
  }

  private countyOf(target: EventTarget | null): County | undefined {
    const link = target instanceof Element ? target.closest(COUNTY_LINK) : null;
    return link ? this.counties.find((c) => c.link === link) : undefined;
  }

  private labelOf(county: County): string {
    return county.link.dataset.label ?? county.code;
  }

  /** Tooltip at the county's label point, converted from SVG units to the viewport. */
  private showAt(county: County): void {
    const p = new DOMPoint(county.x, county.y).matrixTransform(this.svg.getScreenCTM() ?? undefined);
    this.tooltip.show(this.labelOf(county), p.x, p.y);
  }

  /** After the pointer leaves a county: back to the keyboard's county while focused, else hidden. */
  private restoreTooltip(): void {
    if (this.current && document.activeElement === this.svg) this.showAt(this.current);
    else this.tooltip.hide();
  }
}

if (!customElements.get('county-map')) customElements.define('county-map', CountyMapElement);
