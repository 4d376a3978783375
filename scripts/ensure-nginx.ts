/**
 * Makes sure Debian's nginx (with its brotli module) is present: the browser tests and the
 * Lighthouse bench serve dist/ with the configuration in deploy/nginx/, exactly as deployed.
 */
import { brotliAvailable, findNginx } from '../deploy/nginx/find.ts';
import { ensureDebianPackages } from './ensure-apt.ts';

ensureDebianPackages(
  'nginx or its brotli module is',
  ['nginx', 'libnginx-mod-http-brotli-filter'],
  () => findNginx() !== null && brotliAvailable(),
);
