/**
 * Serves a built site with nginx on loopback, configured as deployed, in the foreground until
 * stopped (Ctrl-C, or SIGTERM from Playwright's webServer). Its temporary folder goes with it.
 *
 *   node deploy/nginx/serve.ts [--port 4321] [--root dist]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliAvailable, findNginx } from './find.ts';
import { localNginxConf } from './local-conf.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, root: { type: 'string', default: 'dist' } },
});
const nginx = findNginx();
if (!nginx) {
  console.error('nginx is not installed: run node scripts/ensure-nginx.ts');
  process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), 'site-nginx-'));
const conf = join(workDir, 'nginx.conf');
writeFileSync(
  conf,
  localNginxConf({
    root: values.root,
    port: Number(values.port),
    workDir,
    brotli: brotliAvailable(),
    asRoot: process.getuid?.() === 0,
  }),
);

// -e: the log nginx opens before it reads the configuration (as non-root, /var/log/nginx is not writable).
const server = spawn(nginx, ['-e', 'stderr', '-p', workDir, '-c', conf], { stdio: 'inherit' });
const cleanUp = () => rmSync(workDir, { recursive: true, force: true });
server.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  // SIGQUIT is nginx's graceful stop; the exit handler above then removes the folder.
  process.on(signal, () => server.kill('SIGQUIT'));
}
console.log(`nginx serves ${values.root} at http://127.0.0.1:${values.port}/`);
