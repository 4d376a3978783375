/**
 * `npm run check:html`: every built page of dist/ through the Nu HTML Checker, in one Java run.
 * (`npm test` checks one page per template and language, tests/site/html.test.ts.)
 * Prints each error as file:line:column and exits 1 when there is any.
 */
import { join, relative } from 'node:path';
import { DIST, listFiles } from '../tests/site/dist-files.ts';
import { checkHtml } from '../tests/site/vnu.ts';

const files = listFiles()
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(DIST, f));
const started = performance.now();
const errors = checkHtml(files);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const e of errors) console.error(`${relative('.', e.file)}:${e.line}:${e.column} ${e.message}`);
const pages = new Set(errors.map((e) => e.file)).size;
console.log(
  errors.length === 0
    ? `✓ ${files.length} pages are valid HTML (${seconds} s)`
    : `✗ ${errors.length} HTML errors on ${pages} of ${files.length} pages (${seconds} s)`,
);
process.exit(errors.length === 0 ? 0 : 1);
