import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../../../src/lib/content/check-content.ts';

/** Every file under `dir` as the content check reads it (paths relative to the repository root). */
export function readTree(dir: string): ContentFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((path) => ({ path: relative('.', path), rel: relative(dir, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));
}

export const CONTENT = 'content';
export const FIXTURES = 'tests/fixtures/content';
