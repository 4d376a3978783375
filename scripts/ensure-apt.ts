/**
 * Installs Debian packages the tests need when they are missing, the one way this machine
 * allows: Debian's registry through apt-get, as root. Run as another user it prints the command
 * instead. Nothing is ever downloaded from anywhere else (no browser or JDK downloads).
 * Used by the ensure-* scripts; each one says how to tell its packages are present.
 */
import { spawnSync } from 'node:child_process';

/** Returns when `present()` holds, installing `packages` first if needed; exits 1 when it can't. */
export function ensureDebianPackages(what: string, packages: readonly string[], present: () => boolean): void {
  if (present()) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `${what} missing. Install once with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env })
      : update;
  if (install.status !== 0 || !present()) {
    console.error(`Could not install ${packages.join(', ')} from Debian's packages.`);
    process.exit(1);
  }
}
