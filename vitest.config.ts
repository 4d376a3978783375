import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

const timeouts = {
  // Property-based validator tests run many cases; keep them inside CI's budget on 2 cores.
  testTimeout: 60_000,
  // Setup that runs the command-line scripts (e.g. the example generator twice) is slow on a busy machine.
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/components/**'],
          ...timeouts,
        },
      },
      // Components rendered with Astro's container API need Astro's Vite plugins to compile .astro files.
      getViteConfig({ test: { name: 'components', include: ['tests/unit/components/**/*.test.ts'], ...timeouts } }),
    ],
  },
});
