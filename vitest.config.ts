import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property-based validator tests run many cases; keep them inside CI's budget on 2 cores.
    testTimeout: 60_000,
  },
});
