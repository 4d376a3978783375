import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BASE_DIRECTIVES, framingOf, headerPolicy } from '../../../src/lib/csp.ts';
import { localNginxConf } from '../../../deploy/nginx/local-conf.ts';

const maps = readFileSync('deploy/nginx/maps.conf', 'utf8');
const site = readFileSync('deploy/nginx/site.conf', 'utf8');

/** The quoted values of one nginx `map` block, by key. */
function mapValues(name: string): Map<string, string> {
  const block = new RegExp(`map [^{]+\\$${name} \\{([^}]*)\\}`).exec(maps)?.[1] ?? '';
  return new Map([...block.matchAll(/^\s*("[^"]*"|\S+)\s+"([^"]*)";/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('the nginx configuration and the page CSP agree', () => {
  const csp = mapValues('shandong_csp');

  it('sends the page directives plus frame-ancestors, embeds framed anywhere, the rest only by the site', () => {
    expect(csp.get('~^/(en/)?embed/')).toBe(headerPolicy('anywhere'));
    expect(csp.get('default')).toBe(headerPolicy('self'));
    for (const directive of BASE_DIRECTIVES) expect(csp.get('default')).toContain(directive);
  });

  it('treats the same paths as embeds as the CSP module does', () => {
    const nginxEmbed = /^\/(en\/)?embed\//;
    for (const path of ['/embed/indicators/x/2019/', '/en/embed/indicators/x/2019/', '/', '/en/', '/embedded/'])
      expect(nginxEmbed.test(path), path).toBe(framingOf(path) === 'anywhere');
  });
});

describe('the nginx configuration', () => {
  it('caches only found hashed assets for a year; everything else revalidates', () => {
    const cache = mapValues('shandong_cache_control');
    expect(cache.get('"~^(200|206|304) /_astro/"')).toBe('public, max-age=31536000, immutable');
    expect(cache.get('default')).toBe('no-cache');
  });

  it('sends every security header on every response, error pages included', () => {
    for (const header of [
      'Cache-Control',
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ])
      expect(site).toMatch(new RegExp(`^add_header ${header} .+ always;$`, 'm'));
    // add_header inside a location would drop every server-level one there (nginx's inheritance rule).
    expect(site.match(/add_header/g)).toHaveLength(5);
  });

  it('serves CSV as text/csv in UTF-8 and has a 404 page per language', () => {
    expect(site).toMatch(/types \{\s*text\/csv csv;\s*\}/);
    expect(site).toMatch(/charset_types [^;]*text\/csv/);
    expect(site).toContain('error_page 403 404 =404 /404.html;');
    expect(site).toContain('error_page 403 404 =404 /en/404.html;');
  });

  it('generates a foreground test server whose files all stay in its own folder', () => {
    const conf = localNginxConf({ root: '/srv/dist', port: 4999, workDir: '/tmp/x', brotli: true, asRoot: false });
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('listen 127.0.0.1:4999;');
    expect(conf).toContain('root /srv/dist;');
    expect(conf).toContain('pid /tmp/x/nginx.pid;');
    expect(conf).toMatch(/include .*deploy\/nginx\/brotli\.conf;/);
    expect(conf).not.toContain('user root');
    for (const path of conf.match(/_temp_path (\S+);/g) ?? []) expect(path).toContain('/tmp/x/');
    expect(localNginxConf({ root: 'd', port: 1, workDir: '/w', brotli: false, asRoot: true })).not.toContain('brotli');
  });
});
