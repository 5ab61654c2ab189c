import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RunReport } from './formatter.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatStylish } from './stylish.js';

const FORMATTERS = { stylish: formatStylish, json: formatJson, junit: formatJunit };

const diagnostic: Diagnostic = {
  ruleId: 'schema/invalid-date',
  severity: 'error',
  message: 'Ngày "31/02/2025" không hợp lệ.',
  file: 'dang-ky/001.yaml',
  pointer: '/ngay_gui',
  start: { line: 2, column: 11 },
  end: { line: 2, column: 21 },
};
const warning: Diagnostic = {
  ...diagnostic,
  ruleId: 'submission/duplicate',
  severity: 'warning',
  message: 'Trùng <"&">',
  start: { line: 1, column: 1 },
  end: { line: 1, column: 1 },
};
const report: RunReport = {
  diagnostics: [diagnostic, warning],
  totals: { errors: 1, warnings: 1, infos: 0 },
  files: ['dang-ky/001.yaml', 'dang-ky/002.yaml'],
  skipped: ['ghi-chu.txt'],
  unitRegistryMissing: false,
};
const source = 'loai: dang-ky\nngay_gui: 31/02/2025\nnam: 2025\n';
const options = { color: false, lang: 'vi' as const, readSource: () => source };

describe('formatters', () => {
  it('stylish shows file:line:col, severity, message, rule, a code frame and a summary', () => {
    expect(FORMATTERS.stylish(report, options)).toMatchInlineSnapshot(`
      "dang-ky/001.yaml:2:11  lỗi  Ngày "31/02/2025" không hợp lệ.  [schema/invalid-date]
          1 | loai: dang-ky
        > 2 | ngay_gui: 31/02/2025
            |           ^^^^^^^^^^
          3 | nam: 2025

      dang-ky/001.yaml:1:1  cảnh báo  Trùng <"&">  [submission/duplicate]
        > 1 | loai: dang-ky
            | ^
          2 | ngay_gui: 31/02/2025

      Đã kiểm tra 2 tệp: 1 lỗi, 1 cảnh báo, 0 lưu ý; bỏ qua 1 tệp không phải YAML.
      "
    `);
  });

  it('stylish speaks English and colours only when asked', () => {
    const plain = FORMATTERS.stylish(report, { ...options, lang: 'en' });
    expect(plain).toContain('Checked 2 files: 1 error, 1 warning, 0 notices; skipped 1 non-YAML file.');
    expect(plain).not.toContain('\u001b[');
    expect(FORMATTERS.stylish(report, { ...options, color: true })).toContain('\u001b[');
  });

  it('json is versioned and round-trips', () => {
    const parsed = JSON.parse(FORMATTERS.json(report, options)) as { version: number; diagnostics: Diagnostic[] };
    expect(parsed.version).toBe(1);
    expect(parsed.diagnostics).toEqual([diagnostic, warning]);
  });

  it('junit has a suite per file, failures for errors, and escapes XML', () => {
    const xml = FORMATTERS.junit(report, options);
    expect(xml).toContain('<testsuites name="danvan validate" tests="3" failures="1">');
    expect(xml).toContain('<testsuite name="dang-ky/002.yaml" tests="1" failures="0" errors="0">');
    expect(xml).toContain('<failure type="schema/invalid-date"');
    expect(xml).toContain('Trùng &lt;&quot;&amp;&quot;&gt;');
  });
});
