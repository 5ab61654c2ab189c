import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

// Issue 12, case 4 (validate's half; the Excel command's shortening is issue 15's).
describe('a text longer than an Excel cell holds', () => {
  it('is a warning at validate, at the value’s file:line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-long-'));
    cpSync(join(ROOT, 'examples/vinh-long-2025/danh-muc-don-vi.yaml'), join(dir, 'danh-muc-don-vi.yaml'));
    const source = readFileSync(join(ROOT, 'examples/vinh-long-2025/de-nghi/001-so-noi-vu.yaml'), 'utf8');
    const long = 'Kết quả nổi bật. '.repeat(2_448).trim(); // 41,615 characters
    const text = source.replace(/tom_tat_thanh_tich: >-\n(?: {6}.*\n)+/, `tom_tat_thanh_tich: "${long}"\n`);
    writeFileSync(join(dir, 'de-nghi.yaml'), text);
    const line = text.split('\n').findIndex((l) => l.includes('tom_tat_thanh_tich: "Kết')) + 1;
    const io = fakeIo(dir);
    expect(await main(['validate', '.'], io)).toBe(0);
    expect(io.out()).toContain(
      `de-nghi.yaml:${line}:25  cảnh báo  Đoạn văn dài 41.615 ký tự, quá 32.767 ký tự mà một ô Excel chứa được`,
    );
  });
});
