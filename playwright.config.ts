import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/browser.ts';

// E2E_PORT lets a second checkout on the same machine test its own build side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // The accessibility walks scan several pages per test; 30 s is too tight on a shared 2-core machine.
  timeout: 90_000,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  // Serves the already-built dist/ (npm test builds first) with nginx and the deployed
  // configuration (deploy/nginx/), so the tests see the headers, types and 404 pages a reader gets.
  webServer: {
    command: `node deploy/nginx/serve.ts --port ${PORT} --root dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // nginx stops gracefully on SIGTERM's relay (serve.ts), removing its temporary folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
