import { defineConfig } from 'vitest/config';

/**
 * Tests of the built site (`npm run test:site`, after `npm run build`): links, valid HTML and a
 * reproducible build. They read dist/ and so are not part of the unit tests.
 */
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    // Reading ~1,600 pages, running the HTML checker and a second build take minutes on 2 busy cores.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
