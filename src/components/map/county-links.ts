/**
 * The map's county links and where each one's label point is. A link's county code is the
 * second-to-last part of its address (`/counties/370102/2019/`, src/lib/routes.ts), so the page
 * does not repeat it in an attribute; the label points of the year's counties come from one
 * shared, cached file (src/lib/geo/label-file.ts), fetched once however many maps a page has.
 */
export interface County {
  code: string;
  /** Label point, SVG user units (NaN when the file has none for this county). */
  x: number;
  y: number;
  /** The county's link, which holds its data attributes and its `<use>` of the shared shape. */
  link: SVGAElement;
}

export type LabelPoints = Record<string, readonly [number, number]>;
const files = new Map<string, Promise<LabelPoints>>();

/** The label points at `href` (`{"370102":[193.3,214],…}`); rejects when the file cannot be read. */
export function labelPoints(href: string): Promise<LabelPoints> {
  let file = files.get(href);
  if (!file) {
    file = fetch(href).then((r) => (r.ok ? (r.json() as Promise<LabelPoints>) : Promise.reject(new Error(href))));
    files.set(href, file);
  }
  return file;
}

/** The county code in a county page's address, e.g. "370102" for `/en/counties/370102/2019/`. */
export function codeOfCountyHref(href: string): string {
  return href.split('/').filter(Boolean).at(-2) ?? '';
}

/** The selector of the county links inside the map's SVG. */
export const COUNTY_LINK = '.counties a[href]';

export function countiesOf(svg: SVGSVGElement, points: LabelPoints): County[] {
  return [...svg.querySelectorAll<SVGAElement>(COUNTY_LINK)].map((link) => {
    const code = codeOfCountyHref(link.getAttribute('href') ?? '');
    const [x = NaN, y = NaN] = points[code] ?? [];
    return { code, x, y, link };
  });
}
