/**
 * Publishing a finished build into dist/ in one atomic step. dist is a symbolic link to a build
 * folder beside it (`.dist-XXXXXX`); a new build is published by renaming a new link over the old
 * one, which rename(2) does atomically, so at every instant dist/ is the whole old build or the
 * whole new one, even if the process is killed.
 *
 * One moment is not atomic: the first publish over a dist/ that is a plain folder (made by an
 * older build script, or by hand) has to move that folder aside before the link can take its
 * place. If the run dies there, `recoverDist` (which every build calls first, before anything
 * can fail) puts the folder back.
 */
import { basename, join } from 'node:path';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';

export const DIST = 'dist';
/** Build folders, the folder set aside while it is replaced, and the link being made all start so. */
const PREFIX = '.dist-';
const PREVIOUS = `${PREFIX}previous`;
const NEXT_LINK = `${PREFIX}link`;

/** The points of `publishBuild` a test may stop at, to prove a kill there leaves a whole site. */
export type PublishStep = 'set-aside' | 'linked' | 'cleaned';
export interface PublishHooks {
  afterStep?: (step: PublishStep) => void;
}

function kindOf(path: string): 'missing' | 'link' | 'folder' | 'other' {
  try {
    const stat = lstatSync(path);
    return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/** The folder dist/ points at, as a name beside it, or null when dist/ is not a link. */
function currentTarget(root: string): string | null {
  const dist = join(root, DIST);
  return kindOf(dist) === 'link' ? basename(readlinkSync(dist)) : null;
}

/**
 * Makes dist/ whole again after an interrupted run: brings back a folder set aside and not yet
 * replaced, then removes every build folder and link that dist/ does not point at (the leftovers
 * of a killed or failed build).
 */
export function recoverDist(root: string): void {
  // `.build-previous` is where the earlier two-rename swap set the old site aside.
  const aside = [PREVIOUS, '.build-previous'].find((name) => existsSync(join(root, name)));
  if (kindOf(join(root, DIST)) === 'missing' && aside) renameSync(join(root, aside), join(root, DIST));
  const keep = currentTarget(root);
  for (const name of readdirSync(root)) {
    const leftover = (name.startsWith(PREFIX) && name !== keep) || name === '.build-next' || name === '.build-previous';
    if (leftover) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** A new, empty folder for the next build, beside dist/. */
export function newBuildFolder(root: string): string {
  const folder = mkdtempSync(join(root, PREFIX));
  // mkdtemp makes the folder private (0700); a web server serving dist/ as another user must read it.
  chmodSync(folder, 0o755);
  return folder;
}

/** Removes a build folder that will not be published (its build failed). */
export function discardBuild(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/** Points dist/ at a finished build folder in one rename, then removes the build it replaced. */
export function publishBuild(root: string, folder: string, hooks: PublishHooks = {}): void {
  const dist = join(root, DIST);
  const kind = kindOf(dist);
  if (kind === 'other') throw new Error(`${dist} is a file, not the site: move it away and build again`);
  const replaced = currentTarget(root);
  if (kind === 'folder') {
    renameSync(dist, join(root, PREVIOUS));
    hooks.afterStep?.('set-aside');
  }
  const link = join(root, NEXT_LINK);
  rmSync(link, { force: true });
  // A relative target, so the project can be moved or copied with its link intact.
  symlinkSync(basename(folder), link, 'dir');
  renameSync(link, dist);
  hooks.afterStep?.('linked');
  if (replaced) rmSync(join(root, replaced), { recursive: true, force: true });
  rmSync(join(root, PREVIOUS), { recursive: true, force: true });
  hooks.afterStep?.('cleaned');
}
