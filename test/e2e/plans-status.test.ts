import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, runCli, transcript } from '../helpers/run-cli.js';

describe('danvan plans', () => {
  it('lists the five seed plans with issuer, number and date', async () => {
    const r = runCli(['plans']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'vinh-long-2025         Ủy ban nhân dân tỉnh Vĩnh Long          553/QĐ-UBND  02/04/2025   2025',
    );
    await expect(transcript(r)).toMatchFileSnapshot('__snapshots__/plans/table.txt');
  });

  it('gives JSON', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['plans', '--format', 'json'], io)).toBe(0);
    const { plans } = JSON.parse(io.out()) as { plans: { id: string; firstYear: number; lastYear: number }[] };
    expect(plans.map((p) => [p.id, p.firstYear, p.lastYear])).toEqual([
      ['bac-kan-vp-2023', 2023, 2023],
      ['phuong-2026-2031', 2026, 2031],
      ['vinh-chau-2025', 2025, 2025],
      ['vinh-long-2025', 2025, 2025],
      ['xa-cong-van-2025-2030', 2025, 2030],
    ]);
  });
});

describe('danvan validate --plan', () => {
  it('takes a preset id', async () => {
    const io = fakeIo(ROOT, { DANVAN_TODAY: '2025-06-30' });
    const code = await main(
      ['validate', 'test/fixtures/impossible-date', '--plan', 'vinh-long-2025', '-f', 'json'],
      io,
    );
    expect(code).toBe(1);
    const report = JSON.parse(io.out()) as { files: string[] };
    expect(report.files).toContain('templates/plans/vinh-long-2025.yaml');
  });

  it('refuses an unknown plan with exit 2', () => {
    const r = runCli(['validate', 'test/fixtures/valid-registration', '--plan', 'khong-co']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('không tìm thấy kế hoạch');
    expect(r.stderr).toContain('vinh-long-2025');
  });
});

describe('danvan status', () => {
  it('shows each unit against quotas and deadlines and exits 1 when a unit is overdue', async () => {
    const r = runCli(['status', 'test/fixtures/plan-rules', '--today', '05/10/2025']);
    expect(r.status).toBe(1);
    await expect(transcript(r)).toMatchFileSnapshot('__snapshots__/status/plan-rules.txt');
  });

  it('gives JSON with the next deadline', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['status', 'test/fixtures/plan-rules', '--today', '2025-04-10', '-f', 'json'], io)).toBe(1);
    const status = JSON.parse(io.out()) as {
      plan: string;
      nextDeadline: { id: string; daysLeft: number };
      units: { unit: { code: string }; overdue: boolean; deadlines: { state: string }[] }[];
    };
    expect(status.plan).toBe('thu-nghiem-2025');
    expect(status.nextDeadline).toMatchObject({ id: 'dang-ky', daysLeft: 5 });
    expect(status.units.map((u) => [u.unit.code, u.deadlines.map((d) => d.state).join(',')])).toEqual([
      ['001', 'submitted,pending'],
      ['002', 'late,pending'],
      ['003', 'submitted,late'],
      ['004', 'pending,pending'],
    ]);
  });

  it('needs a plan and a registry (exit 2)', () => {
    expect(runCli(['status', 'test/fixtures/valid-registration']).status).toBe(2);
    const before = runCli([
      'status',
      'test/fixtures/valid-registration',
      '-p',
      'vinh-long-2025',
      '--today',
      '10/04/2025',
    ]);
    expect(before.status).toBe(0);
    const after = runCli(['--lang', 'en', 'status', 'test/fixtures/valid-registration', '--plan', 'vinh-long-2025']);
    expect(after.status).toBe(1);
    expect(after.stdout).toContain('missing (5 day(s) overdue)');
    expect(after.stdout).toContain('2 unit(s); 1 need follow-up.');
  });
});
