/**
 * Lighthouse scores of the built site as deployed: dist/ served by nginx with deploy/nginx/ on
 * loopback, audited in Debian's Chromium (never a downloaded browser) with Lighthouse's default
 * mobile settings. Pages: the home page, a county-year, an indicator-year, /search/ and a policy
 * explainer, in both languages. Scores are 0–100, as Lighthouse shows them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/browser.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** One page of each kind the budget names, from the published sitemap, each in both languages. */
export function lighthousePages(dist = 'dist'): Record<string, string> {
  const paths = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  const first = (pattern: RegExp) => paths.find((p) => pattern.test(p));
  const kinds: Record<string, string | undefined> = {
    home: '/',
    countyYear: first(/^\/counties\/\d{6}\/\d{4}\/$/),
    indicatorYear: first(/^\/indicators\/[^/]+\/\d{4}\/$/),
    search: first(/^\/search\/$/),
    explainer: first(/^\/policy\/[^/]+\/$/),
  };
  const pages: Record<string, string> = {};
  for (const [kind, path] of Object.entries(kinds)) {
    if (!path) continue;
    pages[kind] = path;
    pages[`${kind}En`] = path === '/' ? '/en/' : `/en${path}`;
  }
  return pages;
}

async function startNginx(port: number, dist: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['deploy/nginx/serve.ts', '--port', String(port), '--root', dist], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill('SIGTERM');
  throw new Error(`nginx did not start on port ${port}: run node scripts/ensure-nginx.ts`);
}

/** Audits every page of `lighthousePages` and returns its four category scores. */
export async function lighthouseScores(
  port = Number(process.env.LIGHTHOUSE_PORT ?? 4486),
  dist = 'dist',
): Promise<Record<string, LighthouseScores>> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Chromium is missing: run node scripts/ensure-browser.ts');
  const server = await startNginx(port, dist);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const scores: Record<string, LighthouseScores> = {};
  try {
    for (const [name, path] of Object.entries(lighthousePages(dist))) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const category = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100);
      scores[name] = {
        performance: category('performance'),
        accessibility: category('accessibility'),
        bestPractices: category('best-practices'),
        seo: category('seo'),
      };
      // What keeps a category below 100: its weighted audits that did not pass.
      const missed = Object.values(result?.lhr.categories ?? {}).flatMap((c) =>
        c.auditRefs
          .filter((ref) => ref.weight > 0 && (result?.lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      );
      console.log(
        `lighthouse ${path}: ${JSON.stringify(scores[name])}${missed.length ? ` — missed: ${missed.join(', ')}` : ''}`,
      );
    }
  } finally {
    chrome.kill();
    server.kill('SIGTERM');
  }
  return scores;
}

// Run alone: `node scripts/bench/lighthouse.ts` prints the scores of the current dist/.
if (import.meta.main) await lighthouseScores();
