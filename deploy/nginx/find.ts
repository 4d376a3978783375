/**
 * Where Debian's nginx and its brotli module live. /usr/sbin is not on an ordinary user's PATH,
 * so the binary is looked up there too.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Path of the nginx binary, or null when nginx is not installed. */
export function findNginx(): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) if (dir && existsSync(join(dir, 'nginx'))) return join(dir, 'nginx');
  return null;
}

/**
 * The dynamic module Debian's `libnginx-mod-http-brotli-filter` installs; the server compresses
 * with brotli (as well as gzip) only when it is there.
 */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

export const brotliAvailable = (): boolean => existsSync(BROTLI_MODULE);
