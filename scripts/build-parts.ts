/**
 * The site's `astro build`, run as parallel processes that each render a share of the pages
 * (`BUILD_PART=k/n`, src/lib/build-part.ts), merged into one build folder.
 *
 * Why: Astro renders pages one after another on one CPU core, and rendering is most of the
 * build (README "Where the build's time went"). With two processes on a 2-core machine both
 * cores render. Every part also bundles the scripts and styles and writes the pages that have no
 * parameters (404, robots.txt, the API index, …); those files must come out byte-identical from
 * every part, and the merge refuses the build when they do not, since the site would then depend
 * on which part happened to be kept.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';

/**
 * How many processes to render with when the command line does not say: one per core, at most
 * two. A build published outside the project (`--out`, e.g. the China-scale bench) builds in
 * one: Astro then keeps its intermediate server bundle in the project's `.astro/` folder, which
 * parallel parts would share; and at that scale each process holds the whole data in memory,
 * so two of them would come near the bench's 4 GB budget (README "China scale").
 */
export function defaultPartCount(outsideProject: boolean): number {
  return outsideProject ? 1 : Math.min(2, availableParallelism());
}

/**
 * What a part prints when it begins rendering pages (Astro's "generating static routes",
 * node_modules/astro/dist/core/build/generate.js). Before that line a part syncs its content
 * into the project's `.astro/` folder and bundles from it; every part shares that folder, and
 * Astro's sync writes it through fixed temporary names (`content-assets.mjs.tmp`), so two
 * parts syncing at once can fail (ENOENT on the rename). After it, a part renders from its own
 * build folder and cache. So the next part starts only once the one before has printed this
 * line, or has ended: should Astro ever word it differently, the parts run one after another,
 * slower but still correct.
 */
export const RENDERING_STARTED = /\bstatic routes\b/;

/**
 * Runs `command` once per part, each line of output prefixed with its part, and each part
 * started as soon as the one before it has begun rendering (RENDERING_STARTED); true when all
 * succeeded.
 */
export async function runParts(
  count: number,
  command: string,
  args: string[],
  envOf: (index: number) => NodeJS.ProcessEnv,
): Promise<boolean> {
  let failed = false;
  const one = (index: number, rendering: () => void) =>
    new Promise<boolean>((done) => {
      const child = spawn(command, args, {
        env: { ...envOf(index), BUILD_PART: `${index}/${count}` },
        stdio: count === 1 ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      });
      if (count > 1) {
        prefixLines(child.stdout!, process.stdout, `[${index}/${count}] `, (line) => {
          if (RENDERING_STARTED.test(line)) rendering();
        });
        prefixLines(child.stderr!, process.stderr, `[${index}/${count}] `);
      }
      // A process that cannot start may report only 'error', never 'close': it ends the wait too.
      child.on('error', (error) => {
        process.stderr.write(`[${index}/${count}] ${error.message}\n`);
        failed = true;
        rendering();
        done(false);
      });
      child.on('close', (code) => {
        if (code !== 0) failed = true;
        rendering();
        done(code === 0);
      });
    });
  const results: Promise<boolean>[] = [];
  for (let index = 1; index <= count && !failed; index++) {
    const started = new Promise<void>((rendering) => results.push(one(index, rendering)));
    if (index < count) await started;
  }
  // A part that failed before the next one started has failed the build: the rest are not run.
  return (await Promise.all(results)).every(Boolean) && results.length === count;
}

/**
 * Copies a child's output line by line with a prefix, so two parts' logs stay readable side by
 * side, and shows each line to `onLine`.
 */
function prefixLines(
  from: NodeJS.ReadableStream,
  to: NodeJS.WritableStream,
  prefix: string,
  onLine: (line: string) => void = () => {},
): void {
  let rest = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      to.write(`${prefix}${line}\n`);
      onLine(line);
    }
  });
  from.on('end', () => {
    if (!rest) return;
    to.write(`${prefix}${rest}\n`);
    onLine(rest);
  });
}

/**
 * Moves every file of `from` into `into`. A file or folder only `from` has is moved whole (one
 * rename); a file both have must be byte-identical, and stays as `into` has it. Returns the
 * paths (relative to `into`) that differ; empty when the merge is clean. Both folders must be
 * on one file system (they are siblings).
 */
export function mergePartInto(into: string, from: string): string[] {
  const differing: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(from, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const [source, target] = [join(from, path), join(into, path)];
      if (!existsSync(target)) renameSync(source, target);
      else if (entry.isDirectory() && statSync(target).isDirectory()) walk(path);
      else if (!entry.isFile() || !statSync(target).isFile() || !readFileSync(source).equals(readFileSync(target)))
        differing.push(path.split(sep).join('/'));
    }
  };
  walk('');
  return differing;
}

/** The merge failure, naming the first few files: which part wrote what is in the build's log above. */
export function mergeProblem(differing: readonly string[]): string {
  const shown = differing.slice(0, 10).join(' ');
  return (
    `\n✗ the build's parts wrote different files under the same name (${differing.length}): ${shown}` +
    `${differing.length > 10 ? ' …' : ''}\n  Every part must write a shared file identically (scripts/build-parts.ts);` +
    ` a file that depends on which pages a part renders belongs behind getStaticPaths and inThisPart.`
  );
}
