import { describe, expect, it } from 'vitest';
import { staleCopies } from './render-task.js';

describe('staleCopies', () => {
  const onDisk = new Set([
    '/ho-so/001-to-trinh.docx',
    '/ho-so/001-bien-ban.docx',
    '/ho-so/001-bao-cao.pdf',
    '/ho-so/001-muc-luc-bo-1.docx',
  ]);
  const exists = (path: string) => onDisk.has(path);

  it('finds the other format left beside what a one-format run wrote, in the order written', () => {
    const written = ['/ho-so/001-to-trinh.pdf', '/ho-so/001-bien-ban.pdf', '/ho-so/001-ho-so-bo-1.pdf'];
    expect(staleCopies(written, ['pdf'], exists)).toEqual([
      '/ho-so/001-to-trinh.docx',
      '/ho-so/001-bien-ban.docx',
      '/ho-so/001-muc-luc-bo-1.docx', // the set's contents page
    ]);
    expect(staleCopies(['/ho-so/001-bao-cao.docx'], ['docx'], exists)).toEqual(['/ho-so/001-bao-cao.pdf']);
  });

  it('finds none when the run wrote both formats', () => {
    const written = ['/ho-so/001-to-trinh.pdf', '/ho-so/001-to-trinh.docx'];
    expect(staleCopies(written, ['pdf', 'docx'], exists)).toEqual([]);
  });
});
