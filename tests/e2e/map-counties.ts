import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/**
 * How the browser tests find a county on the map: by its link's address (the page carries no
 * other copy of the code), and its label point from the year's shared label file, read from the
 * built site the server serves (src/lib/geo/label-file.ts).
 */
export const COUNTY_LINKS = '.counties a[href]';

/** Selector of one county's link on a map, e.g. `.counties a[href$="/370102/2019/"]`. */
export const countyLink = (code: string): string => `.counties a[href*="/counties/${code}/"]`;

/** The county code in a county link's address. */
export const codeOf = (href: string | null): string => (href ?? '').split('/').filter(Boolean).at(-2) ?? '';

/** The county's label point in viewport pixels (inside the county by construction), scrolled into view. */
export async function labelPointOf(page: Page, link: Locator, code: string): Promise<{ x: number; y: number }> {
  await page.locator('county-map figure > svg').first().scrollIntoViewIfNeeded();
  const file = (await page.locator('county-map').first().getAttribute('data-labels'))!;
  const points = JSON.parse(readFileSync(join('dist', file), 'utf8')) as Record<string, [number, number]>;
  const [x, y] = points[code]!;
  return link.evaluate(
    (el: SVGGraphicsElement, at) => {
      const p = new DOMPoint(at.x, at.y).matrixTransform(el.ownerSVGElement!.getScreenCTM()!);
      return { x: p.x, y: p.y };
    },
    { x, y },
  );
}
