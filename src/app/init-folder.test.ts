import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { initFolder, loadInitPlan } from './init-folder.js';

// Issue 12, case 9: the unit type decides the quota; codes take the registry's width; $schema stays relative.
describe('initFolder', () => {
  const today = '2025-04-01' as IsoDate;
  const answers = { dir: 'nam 2025/ho so', unitCode: '7', unitName: 'Sở Y tế', unitType: 'nganh-dac-thu' };

  it('pads the code, takes the category of the type, and names schemas from each file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'danvan-init-app-'));
    const init = await loadInitPlan('vinh-long-2025', cwd);
    const result = await initFolder(answers, init, cwd, today, false);
    expect(result.unitCode).toBe('007');
    expect(result.category?.id).toBe('nganh-dac-thu-va-huyen');
    const dir = join(cwd, 'nam 2025', 'ho so');
    expect(readFileSync(join(dir, 'dang-ky', '007.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.vscode\/schemas\/dang-ky\.schema\.json\n/,
    );
    expect(readFileSync(join(dir, 'ke-hoach.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.vscode\/schemas\/ke-hoach\.schema\.json\n/,
    );
    // The preset's own $schema line (into the package) is replaced, not kept as a second line.
    expect(readFileSync(join(dir, 'ke-hoach.yaml'), 'utf8').match(/yaml-language-server/g)).toHaveLength(1);
  });

  it('refuses a type the plan does not have before writing anything', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'danvan-init-app-'));
    const init = await loadInitPlan('vinh-long-2025', cwd);
    const attempt = initFolder({ ...answers, unitType: 'so-y-te' }, init, cwd, today, false);
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toMatchObject({ reason: 'unit-type' });
  });
});
