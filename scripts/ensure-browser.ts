/**
 * Makes sure Debian's Chromium (and CJK fonts, so Chinese renders in screenshots and layout)
 * is present for the end-to-end tests. Playwright never downloads a browser here: the only
 * registries reachable are npm and Debian's, so tests drive /usr/bin/chromium.
 * As root on a fresh machine it installs the packages; otherwise it says what to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/e2e/browser.ts';

const PACKAGES = ['chromium', 'fonts-noto-cjk'];
const fontsPresent = () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');

if (findChromium() && fontsPresent()) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(
    `Chromium or CJK fonts are missing. Install them once with:\n  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`,
  );
  process.exit(1);
}
console.log(`Installing ${PACKAGES.join(', ')} from Debian's packages…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
const install = spawnSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: 'inherit', env });
if (install.status !== 0 || !findChromium()) {
  console.error('Could not install Chromium from Debian packages.');
  process.exit(1);
}
