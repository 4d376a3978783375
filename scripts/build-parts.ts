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
import { join, sep } from 'node:path';

/**
 * How many processes to render with when the command line does not say: one. Parallel parts
 * share the project's `.astro/` folder, where Astro's content store renames one temporary file
 * (`content-assets.mjs.tmp`) during its sync; two parts syncing at once can lose that race and
 * fail the build (seen in tests/unit/build-clock.test.ts). Until each part has a folder of its
 * own, `--parts 2` is an opt-in for measuring, not the default. A build published outside the
 * project (`--out`, e.g. the China-scale bench) always builds in one: at that scale each process
 * holds the whole data in memory, so two would come near the bench's 4 GB budget.
 */
export function defaultPartCount(): number {
  return 1;
}

/** Runs `command` once per part at the same time, each line of output prefixed with its part; true when all succeeded. */
export async function runParts(
  count: number,
  command: string,
  args: string[],
  envOf: (index: number) => NodeJS.ProcessEnv,
): Promise<boolean> {
  const one = (index: number) =>
    new Promise<boolean>((done) => {
      const child = spawn(command, args, {
        env: { ...envOf(index), BUILD_PART: `${index}/${count}` },
        stdio: count === 1 ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      });
      if (count > 1) {
        prefixLines(child.stdout!, process.stdout, `[${index}/${count}] `);
        prefixLines(child.stderr!, process.stderr, `[${index}/${count}] `);
      }
      child.on('error', (error) => {
        process.stderr.write(`[${index}/${count}] ${error.message}\n`);
        done(false);
      });
      child.on('close', (code) => done(code === 0));
    });
  const results = await Promise.all(Array.from({ length: count }, (_, i) => one(i + 1)));
  return results.every(Boolean);
}

/** Copies a child's output line by line with a prefix, so two parts' logs stay readable side by side. */
function prefixLines(from: NodeJS.ReadableStream, to: NodeJS.WritableStream, prefix: string): void {
  let rest = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) to.write(`${prefix}${line}\n`);
  });
  from.on('end', () => {
    if (rest) to.write(`${prefix}${rest}\n`);
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
