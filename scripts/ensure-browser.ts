/**
 * Makes sure Debian's Chromium (and CJK fonts, so Chinese renders in screenshots and layout)
 * is present for the end-to-end tests. Playwright never downloads a browser here: the only
 * registries reachable are npm and Debian's, so tests drive /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/e2e/browser.ts';
import { ensureDebianPackages } from './ensure-apt.ts';

ensureDebianPackages(
  'Chromium or CJK fonts are',
  ['chromium', 'fonts-noto-cjk'],
  () => findChromium() !== null && existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
);
