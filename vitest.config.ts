import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // LibreOffice and Chromium tests take 10-25 s on a busy 2-core machine; a hang still fails within a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Terminal and browser tests start real processes; two workers suit a 2-core machine.
    maxWorkers: 2,
  },
});
