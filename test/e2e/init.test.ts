import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Question } from '../../src/cli/io.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const PRESETS = ['bac-kan-vp-2023', 'phuong-2026-2031', 'vinh-chau-2025', 'vinh-long-2025', 'xa-cong-van-2025-2030'];

describe('danvan init', () => {
  it.each(PRESETS)('--plan %s creates a folder that validates clean', async (plan) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'danvan-init-')), 'ho-so');
    const io = fakeIo(ROOT);
    expect(
      await main(
        ['init', dir, '--plan', plan, '--unit', '013', '--unit-name', 'UBND xã Tân Hạnh', '--today', '20/11/2026'],
        io,
      ),
    ).toBe(0);
    expect(io.out()).toContain('Đã tạo:');
    expect(io.out()).toContain(`rồi chạy: danvan validate ${dir}\n`); // issue 12, case 9: the folder, not a placeholder
    const check = fakeIo(ROOT);
    expect(await main(['validate', dir, '--today', '20/11/2026', '-f', 'json'], check)).toBe(0);
    expect(JSON.parse(check.out()).totals).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it('without flags and without a terminal, exits 2 with a hint', () => {
    const r = runCli(['init']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('danvan init --plan <mã> <thư_mục>');
  });

  it('never overwrites without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-init-'));
    expect(await main(['init', dir, '--plan', 'vinh-chau-2025'], fakeIo(ROOT))).toBe(0);
    const before = readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8');
    const io = fakeIo(ROOT);
    expect(await main(['init', dir, '--plan', 'vinh-chau-2025', '--unit-name', 'Khác'], io)).toBe(2);
    expect(io.err()).toContain('--force');
    expect(readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8')).toBe(before);
    expect(await main(['init', dir, '--plan', 'vinh-chau-2025', '--unit-name', 'Khác', '--force'], fakeIo(ROOT))).toBe(
      0,
    );
    expect(readFileSync(join(dir, 'danh-muc-don-vi.yaml'), 'utf8')).toContain('ten: Khác');
  });

  it('on a terminal without flags asks for plan, unit and contact, checking each answer', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'danvan-init-')), 'ho-so-tuong-tac');
    let asked: readonly Question[] = [];
    const io = fakeIo(ROOT, {}, true, async (questions) => {
      asked = questions;
      return {
        plan: 'vinh-long-2025',
        dir,
        unitCode: ' 007 ',
        unitName: 'Sở Tư pháp',
        contactName: 'Lê Thị Mai',
        phone: '0270 3822 123',
      };
    });
    expect(await main(['init'], io)).toBe(0);
    const byName = Object.fromEntries(asked.map((q) => [q.name, q]));
    expect(byName.plan?.choices?.map((c) => c.value)).toEqual(PRESETS);
    expect(byName.unitCode?.validate?.('0 07')).toContain('Mã chỉ gồm');
    expect(byName.unitCode?.validate?.('007')).toBe(true);
    expect(byName.unitName?.validate?.('  ')).toBe('Không được để trống.');
    expect(byName.phone?.validate?.('12')).toContain('Số điện thoại');
    expect(byName.phone?.validate?.('')).toBe(true);
    const registration = readFileSync(join(dir, 'dang-ky', '007.yaml'), 'utf8');
    expect(registration).toContain('ma_don_vi: "007"');
    expect(registration).toContain('dien_thoai: 0270 3822 123');
    expect(existsSync(join(dir, 'ke-hoach.yaml'))).toBe(true);
  });
});
