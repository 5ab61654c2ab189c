import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Compiled output must never run as tests (vitest 4 only excludes node_modules and .git).
    exclude: ['dist/**', 'node_modules/**'],
    testTimeout: 30_000,
    // vitest's default is one worker fewer than the cores: one file at a time on a 2-core machine, while most e2e
    // tests wait on a spawned danvan. Two files at once keeps both cores busy (issue 11: the suite's wall time).
    maxWorkers: availableParallelism(),
  },
});
