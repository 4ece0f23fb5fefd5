import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Terminal and browser tests start real processes; two workers suit a 2-core machine.
    maxWorkers: 2,
  },
});
