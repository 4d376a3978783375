import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runParts } from '../../../scripts/build-parts.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'run-parts-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/**
 * A stand-in for `astro build`: a Node process that appends "<part> <event>" lines to a shared
 * log, as the real parts would touch the shared `.astro/` folder, then optionally prints Astro's
 * line for the start of rendering, and exits with a code. After that line it waits (up to 5 s)
 * for the next part, if any, to start, so "side by side" does not depend on how fast processes start.
 */
function fakeBuild(log: string, { marker, exitCode }: { marker: boolean; exitCode: (part: number) => number }) {
  const script = `
    const fs = require('node:fs');
    const [part, count] = process.env.BUILD_PART.split('/').map(Number);
    const note = (event) => fs.appendFileSync(${JSON.stringify(log)}, part + ' ' + event + '\\n');
    const end = () => { note('done'); process.exit(${JSON.stringify([1, 2, 3].map(exitCode))}[part - 1]); };
    note('syncs .astro');
    setTimeout(() => {
      note('bundled');
      if (!${marker} || part === count) return end();
      console.log('\\u001b[42m generating static routes \\u001b[49m');
      const since = Date.now();
      const wait = setInterval(() => {
        if (!fs.readFileSync(${JSON.stringify(log)}, 'utf8').includes((part + 1) + ' syncs') && Date.now() - since < 5000) return;
        clearInterval(wait);
        end();
      }, 20);
    }, 100);`;
  return [process.execPath, ['-e', script]] as const;
}

const events = (log: string) => readFileSync(log, 'utf8').trim().split('\n');

it('starts the next part only once the one before has begun rendering, then runs them side by side', async () => {
  const log = join(root, 'log');
  const [command, args] = fakeBuild(log, { marker: true, exitCode: () => 0 });
  expect(await runParts(2, command, [...args], () => process.env)).toBe(true);
  const order = events(log);
  expect(order.indexOf('2 syncs .astro')).toBeGreaterThan(order.indexOf('1 bundled'));
  expect(order.indexOf('2 syncs .astro')).toBeLessThan(order.indexOf('1 done'));
});

it('runs the parts one after another when no part says it has begun rendering', async () => {
  const log = join(root, 'log');
  const [command, args] = fakeBuild(log, { marker: false, exitCode: () => 0 });
  expect(await runParts(2, command, [...args], () => process.env)).toBe(true);
  expect(events(log)).toEqual(['1 syncs .astro', '1 bundled', '1 done', '2 syncs .astro', '2 bundled', '2 done']);
});

it('fails, and starts no further part, when a part fails before rendering', async () => {
  const log = join(root, 'log');
  const [command, args] = fakeBuild(log, { marker: false, exitCode: (part) => (part === 1 ? 1 : 0) });
  expect(await runParts(2, command, [...args], () => process.env)).toBe(false);
  expect(events(log)).toEqual(['1 syncs .astro', '1 bundled', '1 done']);
});

it('fails when any part fails after rendering began', async () => {
  const log = join(root, 'log');
  const [command, args] = fakeBuild(log, { marker: true, exitCode: (part) => (part === 2 ? 1 : 0) });
  expect(await runParts(2, command, [...args], () => process.env)).toBe(false);
});

it('fails, and does not wait for ever, when a part cannot be started at all', async () => {
  const missing = join(root, 'no-such-program');
  expect(await runParts(2, missing, [], () => process.env)).toBe(false);
}, 10_000);
