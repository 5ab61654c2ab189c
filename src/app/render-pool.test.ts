import { describe, expect, it } from 'vitest';
import { autoJobs, TASKS_PER_WORKER } from './render-pool.js';

describe('autoJobs', () => {
  it('draws a small campaign in this thread, and adds a worker per TASKS_PER_WORKER tasks up to the cores', () => {
    expect(autoJobs(0, 2)).toBe(1);
    expect(autoJobs(16, 2)).toBe(1);
    expect(autoJobs(2 * TASKS_PER_WORKER - 1, 2)).toBe(1);
    expect(autoJobs(2 * TASKS_PER_WORKER, 2)).toBe(2);
    expect(autoJobs(4022, 2)).toBe(2);
    expect(autoJobs(4022, 8)).toBe(8);
    expect(autoJobs(4022, 1)).toBe(1);
  });
});
