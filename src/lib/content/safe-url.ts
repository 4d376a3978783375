import { LINK_SCHEMES } from './mdx-allowlist.ts';

/**
 * Where a link or image in content may point, decided on the address as the parser decoded it
 * (character references such as `&#106;` or `&colon;` are already resolved in the tree). The
 * address is first cleaned the way browsers clean it (WHATWG URL Standard, "basic URL parser":
 * leading and trailing C0 controls and spaces are stripped, tabs and newlines removed anywhere),
 * so `java\tscript:` is read as the browser reads it.
 */
export type UrlRefusal = 'scheme' | 'other-origin' | 'not-site-path';

/** Links: https:, http:, mailto:, a path on this site (`/…`) or a fragment (`#…`). */
export function refuseLink(url: string): UrlRefusal | null {
  const u = clean(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1]?.toLowerCase();
  if (scheme !== undefined) return LINK_SCHEMES.has(scheme) ? null : 'scheme';
  if (/^[/\\]{2}/.test(u)) return 'other-origin';
  return u.startsWith('/') || u.startsWith('#') ? null : 'not-site-path';
}

/**
 * Images load as the page opens, so they come only from this site (`/…`, files in public/): an
 * address elsewhere tells another site who reads the page, and the content security policy
 * blocks it anyway; a relative path makes the build import a file from disk.
 */
export function refuseImage(url: string): UrlRefusal | null {
  const u = clean(url);
  if (/^[a-z][a-z0-9+.-]*:/i.test(u)) return 'scheme';
  if (/^[/\\]{2}/.test(u)) return 'other-origin';
  return u.startsWith('/') ? null : 'not-site-path';
}

function clean(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}
