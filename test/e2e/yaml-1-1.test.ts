import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Issue 12: a %YAML 1.1 line or an ignored tag is a notice; the file must still be checked, merged and counted.
const FIXTURE = 'test/fixtures/yaml-1-1';

describe('a file with %YAML 1.1 or an ignored tag is read as YAML 1.2 and checked fully', () => {
  it('validate still reports the schema error of a file carrying !!timestamp, and names !custom as written', () => {
    const r = runCli(['validate', FIXTURE]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/dang-ky-002\.yaml:19:16 +lỗi .*\[schema\/enum\]/);
    expect(r.stdout).toContain('Bỏ qua thẻ !custom:');
    expect(r.stdout).toContain('Bỏ qua thẻ !!timestamp:');
  });

  it('merge counts the %YAML 1.1 registration, status sees it as sent', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'danvan-yaml11-')), 'tong-hop.json');
    const merged = runCli(['merge', FIXTURE, '--out', out]);
    expect(merged.stdout).toContain('1 hồ sơ có hiệu lực');
    const status = runCli(['status', FIXTURE, '--plan', 'vinh-long-2025']);
    expect(status.stdout).toMatch(/^001 +Sở Nội vụ .*đã nộp/m);
    // 002's registration has a schema error: merge leaves it out, so status never calls that unit plainly "ổn".
    expect(status.stdout).toMatch(/^002 +Sở Tài chính .*đã nộp .*tệp có lỗi; sai chỉ tiêu$/m);
    expect(status.stdout).not.toMatch(/^001 .*tệp có lỗi/m);
    expect(status.stdout).toContain('1 đơn vị có tệp còn lỗi: danvan merge không tính các tệp này');
  });
});
