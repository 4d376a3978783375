import { gzipSync } from 'node:zlib';

/** Bytes a browser transfers for one page, gzip-compressed as a static host would serve them. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Shared SVG files the page draws from with `<use href>` (the year's map shapes). */
  svg: number;
  total: number;
  /** Asset paths counted (each once). */
  assets: string[];
}

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** Local assets a page loads on first render: stylesheets, module scripts, SVG files its `<use>`s draw from. */
export function assetRefs(html: string): { css: string[]; js: string[]; svg: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const svg = [...new Set([...html.matchAll(/<use[^>]+href="(\/[^"#]+\.svg)#/g)].map((m) => m[1]!))];
  return { css, js, svg };
}

/**
 * Static `import … from "./x.js"` (and bare `import "./x.js"`) of a built module, and its dynamic
 * `import("./x.js")`, resolved against its path. Lazy modules count too: most readers' browsers
 * load them (朗读's module loads as soon as the browser has a voice).
 */
export function jsImports(source: string, fromPath: string): string[] {
  const found = [...source.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  const lazy = [...source.matchAll(/\bimport\(\s*[`'"]([^`'"]+\.js)[`'"]\s*\)/g)].map((m) => m[1]!);
  return [...found, ...lazy].map((spec) => new URL(spec, `http://x${fromPath}`).pathname);
}

/**
 * Weighs a page: its HTML plus every stylesheet, script (with the modules they import) and shared
 * SVG, each read through `read(path)` and counted once. Assets in `cached` (what the browser kept
 * from an earlier page, e.g. that page's `assets`) cost nothing: a second page of the site.
 */
export function pageWeight(
  html: string,
  read: (path: string) => Uint8Array,
  cached: ReadonlySet<string> = new Set(),
): PageWeight {
  const { css, js, svg } = assetRefs(html);
  const seen = new Set<string>(cached);
  let cssBytes = 0;
  let jsBytes = 0;
  for (const path of css) {
    if (seen.has(path)) continue;
    seen.add(path);
    cssBytes += gz(read(path));
  }
  const queue = [...js];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const bytes = read(path);
    jsBytes += gz(bytes);
    queue.push(...jsImports(Buffer.from(bytes).toString('utf8'), path));
  }
  let svgBytes = 0;
  for (const path of svg) {
    if (seen.has(path)) continue;
    seen.add(path);
    svgBytes += gz(read(path));
  }
  const htmlBytes = gz(html);
  const total = htmlBytes + cssBytes + jsBytes + svgBytes;
  return { html: htmlBytes, css: cssBytes, js: jsBytes, svg: svgBytes, total, assets: [...seen] };
}
