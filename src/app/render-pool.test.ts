import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../io/output-error.js';
import type { DocumentModel } from '../render/document-model.js';
import {
  autoJobs,
  isLargeDocument,
  LARGE_DOCUMENT_ROWS,
  runRenderTasks,
  TASKS_PER_WORKER,
  workerCount,
} from './render-pool.js';
import type { RenderTask } from './render-task.js';

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

describe('workerCount', () => {
  it('gives what --jobs asks, but no more workers than tasks or cores', () => {
    expect(workerCount(2, 15, 2)).toBe(2);
    expect(workerCount(64, 15, 2)).toBe(2);
    expect(workerCount(64, 15, 32)).toBe(15);
    expect(workerCount(4, 1, 8)).toBe(1);
    expect(workerCount(3, 0, 8)).toBe(1);
  });
});

describe('isLargeDocument', () => {
  const withRows = (appendix: number, table: number): RenderTask => {
    const row = ['1', 'Nguyễn Văn A', 'Bằng khen'];
    const columns = [{ header: 'TT', width: 0.1 }];
    const document: DocumentModel = {
      header: { governingBody: 'UBND TỈNH', issuer: 'SỞ NỘI VỤ', placeDate: 'ngày' },
      title: 'TỜ TRÌNH',
      blocks: [{ kind: 'table', columns, rows: Array.from({ length: table }, () => row) }],
      signers: [],
      appendix: { title: 'DANH SÁCH', subtitle: '', columns, rows: Array.from({ length: appendix }, () => row) },
    };
    return { kind: 'document', path: '/tmp/x.pdf', document, title: 't', force: false, formats: ['pdf', 'docx'] };
  };

  it("sends a campaign-sized document to this thread (a worker's heap cannot hold its .docx), a small one to a worker", () => {
    expect(isLargeDocument(withRows(15, 10))).toBe(false);
    expect(isLargeDocument(withRows(LARGE_DOCUMENT_ROWS, 0))).toBe(false);
    expect(isLargeDocument(withRows(LARGE_DOCUMENT_ROWS - 5, 6))).toBe(true);
    expect(isLargeDocument(withRows(13_137, 0))).toBe(true);
  });
});

// A worker's failure to write crosses back as data (a class does not survive the trip) and is thrown again as the
// OutputError one thread would throw; from the sources there is no worker file, so the same path runs in this thread.
describe('runRenderTasks: a task that cannot write', () => {
  it('comes back as data and is thrown again as the OutputError, no further task started', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-pool-'));
    mkdirSync(join(dir, 'a.pdf'));
    const document: DocumentModel = {
      header: { governingBody: '', issuer: 'SỞ NỘI VỤ', number: '', placeDate: 'Vĩnh Long' },
      title: 'BÁO CÁO',
      blocks: [{ kind: 'paragraph', text: 'Nội dung.' }],
      signers: [],
    };
    const task = (name: string): RenderTask => ({
      kind: 'document',
      path: join(dir, name),
      document,
      title: name,
      force: true,
      formats: ['pdf'],
    });
    const { runRenderTask } = await import('./run-render-task.js');
    expect((await runRenderTask(task('a.pdf'))).failed).toEqual({
      problem: 'is-folder',
      path: join(dir, 'a.pdf'),
      detail: '',
      example: '',
    });
    await expect(runRenderTasks([task('a.pdf'), task('b.pdf')], 2, { jobs: 1 })).rejects.toBeInstanceOf(OutputError);
    expect(existsSync(join(dir, 'b.pdf'))).toBe(false);
  });
});
