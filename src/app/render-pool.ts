import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { OutputError } from '../io/output-error.js';
import { firstExisting } from '../io/write-output.js';
import type { RenderResult, RenderTask } from './render-task.js';

/** How a render run went, task by task, in the order the tasks were given. */
export interface PoolOptions {
  /** Worker threads; 1 draws in this thread (no pool); undefined: autoJobs. */
  jobs?: number;
  /** Called after each finished task with the count done and the count known so far. */
  onDone?: (done: number, total: number) => void;
  /** Once aborted (Ctrl-C), no task is started; those in flight finish, so every unit written is whole. */
  signal?: AbortSignal;
}

// A worker costs its start (loading pdfkit, fontkit and pdf-lib, parsing the fonts, warming up) before it pays back:
// on the dossier benchmark two workers only matched one thread at 40 units (docs/PERFORMANCE.md).
export const TASKS_PER_WORKER = 40;

/**
 * The default number of worker threads for `total` tasks: one per TASKS_PER_WORKER tasks, at most one per core, and
 * none (this thread draws) for a small campaign, where starting workers costs more than it saves.
 */
export const autoJobs = (total: number, cores = availableParallelism()): number =>
  Math.max(1, Math.min(cores, Math.floor(total / TASKS_PER_WORKER)));

/**
 * The workers a run asking for `requested` gets: no more than its tasks, nor than the cores — more would start workers
 * that have nothing to draw, or that only take turns on a core, each with its own heap (`--jobs 64` for the example's
 * 15 units took 2.2 GB and 13× the time of one thread).
 */
export const workerCount = (requested: number, total: number, cores = availableParallelism()): number =>
  Math.max(1, Math.min(requested, total, cores));

/**
 * Runs render tasks on `jobs` worker threads (piscina; no more than workerCount), at most twice as many in flight as
 * there are workers, so a national run never holds more than a few units' documents in memory; each worker parses the
 * fonts once and writes its own files. A `document` task with more than LARGE_DOCUMENT_ROWS table rows (the receiving body's Tờ trình or a
 * report of a large campaign) is drawn in this thread once the workers are done: at national scale that Tờ trình has
 * 13,137 rows, whose .docx alone needs 550 MB of heap, past what a worker's capped heap holds. Results come back in
 * task order. The files are byte-identical whatever the number of workers: a task's output depends on the task alone.
 * Throws the first task's error, after the tasks in flight have settled.
 */
export async function runRenderTasks(
  tasks: Iterable<RenderTask>,
  total: number,
  { jobs: requested = autoJobs(total), onDone, signal }: PoolOptions,
): Promise<RenderResult[]> {
  const jobs = workerCount(requested, total);
  let done = 0;
  // A task that could not write (a read-only or full disk) stops the feeding: the next ones would fail the same way.
  let failed = false;
  const finished = (result: RenderResult) => {
    done += 1;
    failed ||= result.failed !== undefined;
    onDone?.(done, total);
    return result;
  };
  // The worker is the bundled dist/dossier-worker.js; run from the TypeScript sources (tests calling main() in
  // process) there is none, and the tasks are drawn in this thread.
  const worker = new URL('./dossier-worker.js', import.meta.url);
  if (jobs <= 1 || total <= 1 || !firstExisting([fileURLToPath(worker)])) {
    // pdfkit and the fonts load only where drawing happens: here, or in each worker.
    const { runRenderTask } = await import('./run-render-task.js');
    const results: RenderResult[] = [];
    for (const task of tasks) {
      if (signal?.aborted) break;
      results.push(finished(await runRenderTask(task)));
      if (failed) break;
    }
    return rethrowFailure(results);
  }
  const { Piscina } = await import('piscina');
  // The worker file sits beside this module's bundle chunk in dist/.
  const pool = new Piscina<RenderTask, RenderResult>({
    filename: worker.href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // A worker's garbage is a few documents' worth: a small old generation makes V8 collect it instead of growing
    // (issue 11: 500 units on two workers peaked at 681 MB without this limit), and a 16 MB young generation (32 by
    // default) keeps two workers and the dataset under 400 MB (425 → 395 MB on 500 units, within the run-to-run
    // spread of the time; docs/PERFORMANCE.md).
    resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 },
  });
  let stopped: Promise<void> | undefined;
  const stopPool = () => (stopped ??= pool.destroy());
  const results: Promise<RenderResult>[] = [];
  const inFlight = new Set<Promise<unknown>>();
  const here: { task: RenderTask; at: number }[] = [];
  try {
    for (const task of tasks) {
      if (failed || signal?.aborted) break;
      if (isLargeDocument(task)) {
        here.push({ task, at: results.length });
        results.push(Promise.resolve({ written: [] }));
        continue;
      }
      const running = pool.run(task).then(finished);
      results.push(running);
      const settled: Promise<unknown> = running.then(
        () => inFlight.delete(settled),
        () => inFlight.delete(settled),
      );
      inFlight.add(settled);
      if (inFlight.size >= jobs * 2) await Promise.race(inFlight);
    }
    await Promise.allSettled(results);
    const drawn = await Promise.all(results);
    // The workers' memory is given back before the large document is drawn.
    await stopPool();
    if (here.length > 0) {
      const { runRenderTask } = await import('./run-render-task.js');
      for (const { task, at } of here) if (!failed && !signal?.aborted) drawn[at] = finished(await runRenderTask(task));
    }
    return rethrowFailure(drawn);
  } finally {
    await stopPool();
  }
}

/**
 * Rows past which a document is drawn in this thread, not on a worker: docx holds about 42 KB of heap a row while it
 * builds the file (13,000 rows: 550 MB), so a few thousand would fill a worker's 160 MB; a smaller document stays on
 * a worker, where it costs no cold start of this thread's fonts and drawing code.
 */
export const LARGE_DOCUMENT_ROWS = 1_000;

/** Whether a task is a document with more than LARGE_DOCUMENT_ROWS rows in its tables and Phụ lục together. */
export const isLargeDocument = (task: RenderTask): boolean => {
  if (task.kind !== 'document') return false;
  const { blocks, appendix } = task.document;
  const tables = blocks.reduce((sum, block) => sum + (block.kind === 'table' ? block.rows.length : 0), 0);
  return tables + (appendix?.rows.length ?? 0) > LARGE_DOCUMENT_ROWS;
};

// A task that could not write (a read-only or full disk) says why as data; the run stops with that OutputError, as
// it would have in one thread.
function rethrowFailure(results: RenderResult[]): RenderResult[] {
  const failed = results.find((r) => r.failed)?.failed;
  if (failed) throw new OutputError(failed.problem, failed.path, failed.detail, failed.example);
  return results;
}
