import { execFileSync } from 'node:child_process';

/** Path of the system Chromium (Debian's package), or null when it is not installed. */
export function findChromium(): string | null {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return null;
}

/**
 * Flags for headless Chromium as root on a closed network: without the background-networking
 * flags Chromium keeps trying to reach update and sync hosts, which this machine refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
