import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Consolidation } from './consolidation.js';
import { missingPlanFile } from './templates-folder.js';

// Only what missingPlanFile reads: the files the dataset was merged from, as merge recorded them.
const dataset = (sources: { file: string; kind: string; unit?: string }[]) => ({ sources }) as unknown as Consolidation;

describe('missingPlanFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-dot-'));
  writeFileSync(join(dir, 'ke-hoach.yaml'), 'loai: ke-hoach\n');
  writeFileSync(join(dir, '001.yaml'), 'loai: de-nghi-khen-thuong\n');

  it('names the plan file when none of the campaign files is found any more (the folder was renamed)', () => {
    const moved = dataset([
      { file: 'dot-cu/ke-hoach.yaml', kind: 'ke-hoach' },
      { file: 'dot-cu/de-nghi/001.yaml', kind: 'de-nghi-khen-thuong', unit: '001' },
    ]);
    expect(missingPlanFile(moved, dir)).toBe('dot-cu/ke-hoach.yaml');
  });

  it('names the first unit file for a campaign on a shipped plan, whose plan is in the package', () => {
    const moved = dataset([{ file: 'hop-thu/de-nghi/001.yaml', kind: 'de-nghi-khen-thuong', unit: '001' }]);
    expect(missingPlanFile(moved, dir)).toBe('hop-thu/de-nghi/001.yaml');
  });

  it('says nothing while any of them is still there, from the working folder or the dataset folder', () => {
    const here = dataset([
      { file: 'ke-hoach.yaml', kind: 'ke-hoach' },
      { file: '001.yaml', kind: 'de-nghi-khen-thuong', unit: '001' },
    ]);
    expect(missingPlanFile(here, dir)).toBeUndefined();
    expect(missingPlanFile(here, tmpdir(), [dir])).toBeUndefined();
  });
});
