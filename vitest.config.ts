import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Compiled output must never run as tests (vitest 4 only excludes node_modules and .git).
    exclude: ['dist/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
