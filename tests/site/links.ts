/**
 * Every link the built site makes, checked where it points: an internal `href`, `src`, `action`
 * or `srcset` address must name a file of dist/ (a folder address its index.html), and a
 * `#fragment` an element id in that file. Absolute links to the site's own origin (canonical and
 * alternate links, Open Graph) count as internal. Other absolute links are external: they are
 * listed and their syntax checked, never fetched (tests run offline).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addressOf } from './dist-files.ts';

export interface LinkProblem {
  file: string;
  line: number;
  column: number;
  link: string;
  message: string;
}

const ATTRIBUTE = /\s(href|src|action|srcset|xlink:href)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

const decodeEntities = (value: string) => value.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e]!);

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export class LinkChecker {
  private readonly ids = new Map<string, Set<string>>();
  readonly external = new Map<string, number>();

  constructor(
    private readonly dist: string,
    private readonly origin: string,
  ) {}

  /** The ids of a built file (cached: most fragments point into a handful of files). */
  private idsOf(file: string): Set<string> {
    let ids = this.ids.get(file);
    if (!ids) {
      const text = readFileSync(join(this.dist, file), 'utf8');
      ids = new Set([...text.matchAll(ID)].map((m) => decodeEntities(m[1]!)));
      this.ids.set(file, ids);
    }
    return ids;
  }

  /** The dist/ file an address is served from, or a reason it is none. */
  private fileOf(pathname: string): { file: string } | { problem: string } {
    let path: string;
    try {
      path = decodeURIComponent(pathname).replace(/^\//, '');
    } catch {
      return { problem: 'the address is not valid percent-encoding' };
    }
    if (path === '' || path.endsWith('/')) {
      const index = `${path}index.html`;
      return existsSync(join(this.dist, index)) ? { file: index } : { problem: 'no page at this address' };
    }
    const full = join(this.dist, path);
    if (!existsSync(full)) return { problem: 'no file at this address' };
    if (statSync(full).isDirectory())
      return existsSync(join(full, 'index.html'))
        ? { problem: 'a folder address without its final slash (the server answers with a redirect): add "/"' }
        : { problem: 'a folder without a page' };
    return { file: path };
  }

  /** Problems with one link found in `file`; empty when it resolves. */
  private check(file: string, link: string): string | null {
    if (link === '') return 'an empty address';
    if (/^(mailto|tel):/i.test(link)) return null;
    if (/^data:/i.test(link)) return null;
    if (/^javascript:/i.test(link)) return 'a javascript: address does nothing without JavaScript';
    const base = new URL(addressOf(file), this.origin);
    let url: URL;
    try {
      url = new URL(link, base);
    } catch {
      return 'not a valid URL';
    }
    if (url.origin !== this.origin) {
      if (!/^https?:$/.test(url.protocol)) return `an external link must be http or https, not ${url.protocol}`;
      this.external.set(url.href, (this.external.get(url.href) ?? 0) + 1);
      return null;
    }
    const target = this.fileOf(url.pathname);
    if ('problem' in target) return target.problem;
    if (url.hash === '' && link.endsWith('#')) return 'an empty #fragment';
    if (url.hash !== '') {
      if (!/\.(html|svg)$/.test(target.file)) return `a #fragment into ${target.file}, which has no ids`;
      const id = decodeURIComponent(url.hash.slice(1));
      if (!this.idsOf(target.file).has(id)) return `no element with id="${id}" in ${target.file}`;
    }
    return null;
  }

  /** Every broken link of one HTML or SVG file of dist/. */
  checkFile(file: string): LinkProblem[] {
    const text = readFileSync(join(this.dist, file), 'utf8');
    const problems: LinkProblem[] = [];
    for (const match of text.matchAll(ATTRIBUTE)) {
      const value = decodeEntities(match[2]!);
      const links = match[1] === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value.trim()];
      for (const link of links) {
        const message = this.check(file, link);
        if (message) problems.push({ file, ...position(text, match.index! + 1), link, message });
      }
    }
    return problems;
  }
}
