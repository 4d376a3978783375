/**
 * The Nu HTML Checker (https://validator.github.io/validator/), the W3C's HTML validator, run
 * offline from the npm package `vnu-jar` with Debian's Java. All files go to one Java process:
 * starting the JVM costs more than checking a page.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface HtmlError {
  file: string;
  line: number;
  column: number;
  message: string;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/** The checker the npm package bundles (its own Java download is never run). */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Every error the checker finds in `files` (paths of HTML files); warnings are left out. */
export function checkHtml(files: readonly string[]): HtmlError[] {
  if (files.length === 0) return [];
  const run = spawnSync(
    'java',
    ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.error) throw new Error(`could not run java (${run.error.message}): run node scripts/ensure-java.ts`);
  if (run.status !== 0) throw new Error(`the HTML checker failed (exit ${run.status}):\n${run.stderr}`);
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => ({
      file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '?'),
      line: m.lastLine ?? 0,
      column: m.firstColumn ?? m.lastColumn ?? 0,
      message: m.message,
    }));
}
