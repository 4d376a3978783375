/**
 * The site's Content Security Policy, in one place. Astro writes `BASE_DIRECTIVES` into every
 * page as a `<meta http-equiv>` (astro.config.mjs adds the hashes of its own scripts and styles);
 * the web server sends `headerPolicy()` as a header, because `frame-ancestors` only works in a
 * header (CSP Level 3, §6.4.2: https://www.w3.org/TR/CSP3/#directive-frame-ancestors).
 * deploy/nginx/headers.conf carries the header values; tests/unit/deploy checks that they agree.
 *
 * A browser enforces both policies (CSP3 §3.5 "multiple policies"), so the header must never allow
 * less than the pages need: the site has no inline scripts or styles (astro.config.mjs builds
 * every stylesheet and script as a file), which 'self' covers.
 */

/** Directives both the page `<meta>` and the header carry. */
export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Who may frame a page: embeds (`/embed/…`, `/en/embed/…`) are meant for any site; nothing else is. */
export type Framing = 'self' | 'anywhere';

/** Paths whose pages any site may put in an `<iframe>`. */
export const EMBED_PATH = /^\/(?:en\/)?embed\//;

export function framingOf(path: string): Framing {
  return EMBED_PATH.test(path) ? 'anywhere' : 'self';
}

/** The `Content-Security-Policy` header value for pages of the given framing. */
export function headerPolicy(framing: Framing): string {
  const ancestors = framing === 'anywhere' ? 'frame-ancestors *' : "frame-ancestors 'self'";
  return [...BASE_DIRECTIVES, ancestors].join('; ');
}
