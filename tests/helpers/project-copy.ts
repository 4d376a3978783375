import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build reads; everything else (tests, docs, dist) stays behind. */
const COPY = [
  'scripts',
  'src',
  'data',
  'content',
  'public',
  'package.json',
  'astro.config.mjs',
  'site.config.ts',
  'tsconfig.json',
];
/** Caches that builds write under node_modules: each copy gets its own, so parallel builds never share one. */
const PRIVATE = new Set(['.astro', '.vite', '.cache']);

/**
 * A copy of the project in a temporary folder, for tests that run the real build script. Its
 * node_modules is a folder of links to the installed packages, without their build caches.
 */
export function copyProject(prefix: string): string {
  const root = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPY)
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!PRIVATE.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Runs `npm run build` (the script itself, with this Node) in a project copy. */
export function runBuild(dir: string, env: NodeJS.ProcessEnv = {}, args: string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '', ...env },
  });
}

/** Every file under a folder (links followed) with the SHA-256 of its bytes, by relative path. */
export function fingerprint(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (statSync(join(dir, path)).isFile())
      files.set(
        path,
        createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex'),
      );
  }
  return files;
}
