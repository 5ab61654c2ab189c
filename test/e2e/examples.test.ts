import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

// Each shipped plan's example campaign, with the "today" its README uses (after its last submission).
const CAMPAIGNS: Record<string, string> = {
  'vinh-long-2025': '31/12/2025',
  'phuong-2026-2031': '20/12/2026',
  'xa-cong-van-2025-2030': '31/12/2025',
  'vinh-chau-2025': '31/12/2025',
  'bac-kan-vp-2023': '31/12/2023',
};

describe.each(Object.entries(CAMPAIGNS))('examples/%s', (id, today) => {
  const dir = join(ROOT, 'examples', id);

  it('validates with no error, warning or notice', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['validate', dir, '--today', today, '-f', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out()) as { totals: unknown; diagnostics: unknown[] };
    expect(report.diagnostics).toEqual([]);
  });

  it('has every unit on time and at quota', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['status', dir, '--today', today, '-f', 'json'], io)).toBe(0);
    const status = JSON.parse(io.out()) as { units: { overdue: boolean; quotas: Record<string, { ok: boolean }> }[] };
    expect(status.units.length).toBeGreaterThanOrEqual(5);
    for (const unit of status.units) {
      expect(unit.overdue).toBe(false);
      for (const quota of Object.values(unit.quotas)) expect(quota.ok).toBe(true);
    }
  });

  it('uses the shipped preset unchanged', () => {
    expect(readFileSync(join(dir, 'ke-hoach.yaml'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'templates/plans', `${id}.yaml`), 'utf8'),
    );
  });
});

it('the examples cover every preset', () => {
  const presets = readdirSync(join(ROOT, 'templates/plans')).map((f) => f.replace(/\.yaml$/, ''));
  expect(Object.keys(CAMPAIGNS).sort()).toEqual(presets.sort());
});
