import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property-based validator tests run many cases; keep them inside CI's budget on 2 cores.
    testTimeout: 60_000,
    // Setup that runs the command-line scripts (e.g. the example generator twice) is slow on a busy machine.
    hookTimeout: 60_000,
  },
});
