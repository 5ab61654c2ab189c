import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../diagnostics/usage-error.js';
import { readConsolidation } from '../io/read-consolidation.js';
import { consolidationJson } from './consolidation.js';
import type { Consolidation } from './consolidation.js';

// Only what the writer and the reader look at; the rest of a dataset is data to them.
const dataset = {
  kind: 'danvan-consolidation',
  version: 1,
  nominees: [{ unit: '001', name: 'Lê Hoàng Phúc', votes: { for: 9, present: 9 } }],
  sources: [{ file: 'de-nghi/001.yaml', text: 'loai: de-nghi-khen-thuong\n' }],
} as unknown as Consolidation;

const dir = mkdtempSync(join(tmpdir(), 'danvan-integrity-'));
const saved = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const written = [...consolidationJson(dataset)].join('');
const refusal = (path: string) => {
  try {
    readConsolidation(path);
    return undefined;
  } catch (error) {
    return error instanceof UsageError ? error.reason : error;
  }
};

describe('the dataset merge writes carries the SHA-256 of its text, and is refused once changed', () => {
  it('reads back what it wrote, the same data, the integrity line last', () => {
    expect(written).toMatch(/\n"integrity": "sha256:[0-9a-f]{64}"\n}\n$/);
    const read = readConsolidation(saved('ok.json', written));
    expect(read.nominees).toEqual(dataset.nominees);
    // Written again from what was read: the same bytes (the old line is not carried as data).
    expect([...consolidationJson(read)].join('')).toBe(written);
  });

  it('refuses an edited vote, a name, or the same data saved again by another program', () => {
    expect(refusal(saved('vote.json', written.replace('"for":9', '"for":19')))).toBe('consolidation-modified');
    expect(refusal(saved('name.json', written.replace('Phúc', 'Phúk')))).toBe('consolidation-modified');
    expect(refusal(saved('pretty.json', JSON.stringify(JSON.parse(written), null, 2)))).toBe('consolidation-modified');
  });

  it('refuses a dataset cut short as changed, not as another kind of file', () => {
    expect(refusal(saved('cut.json', written.slice(0, written.length / 2)))).toBe('consolidation-modified');
    expect(refusal(saved('other.json', '{"name": "danvan"}\n'))).toBe('not-consolidation');
    expect(refusal(saved('text.json', 'Tổng hợp năm 2025\n'))).toBe('not-consolidation');
  });

  it('reads the same text saved again by an editor with a byte order mark and Windows line ends', () => {
    const notepad = `\uFEFF${written.replace(/\n/g, '\r\n')}`;
    expect(readConsolidation(saved('notepad.json', notepad)).nominees).toEqual(dataset.nominees);
    expect(refusal(saved('notepad-edited.json', notepad.replace('"for":9', '"for":8')))).toBe('consolidation-modified');
  });

  it('reads a dataset without the line (an older danvan, or made by hand) as it is', () => {
    const { integrity: _line, ...unsealed } = JSON.parse(written) as { integrity: string };
    expect(refusal(saved('hand.json', JSON.stringify(unsealed)))).toBeUndefined();
  });
});
