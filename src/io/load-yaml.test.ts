import { describe, expect, it } from 'vitest';
import { parseYamlText, readYamlData } from './load-yaml.js';

const SHEET = [
  'loai: cham-diem',
  'ma_don_vi: 001',
  'nam: 2025',
  'chi_tieu:',
  '  - ma: "1.1"',
  '  - ma: "1.2"',
  '    diem: 4.5',
  '',
].join('\n');

describe('parseYamlText', () => {
  it('keeps codes with leading zeros as strings and numbers as numbers', () => {
    const { data, findings } = parseYamlText('a.yaml', SHEET);
    expect(findings).toEqual([]);
    expect(data).toMatchObject({ ma_don_vi: '001', nam: 2025, chi_tieu: [{ ma: '1.1' }, { ma: '1.2', diem: 4.5 }] });
  });

  it('keeps ISO-looking dates as strings', () => {
    expect(parseYamlText('a.yaml', 'ngay_gui: 2025-04-15\n').data).toEqual({ ngay_gui: '2025-04-15' });
  });

  it('locates values, keys, and missing nodes on their nearest ancestor', () => {
    const { locate } = parseYamlText('a.yaml', SHEET);
    expect(locate('/chi_tieu/1/diem')).toEqual({ start: { line: 7, column: 11 }, end: { line: 7, column: 14 } });
    expect(locate('/chi_tieu/1/diem', true).start).toEqual({ line: 7, column: 5 });
    expect(locate('/chi_tieu/1/khong_co').start).toEqual({ line: 6, column: 5 });
    expect(locate('/nguoi_ky').start).toEqual({ line: 1, column: 1 });
  });

  it('normalises decomposed Vietnamese to NFC and says where', () => {
    const nfd = 'ma: "001"\nten: Sở Nội vụ\n'.normalize('NFD');
    const { data, findings } = parseYamlText('a.yaml', nfd);
    expect(data).toEqual({ ma: '001', ten: 'Sở Nội vụ' });
    expect((data as { ten: string }).ten).toBe('Sở Nội vụ'.normalize('NFC'));
    expect(findings).toMatchObject([
      { ruleId: 'text/normalized-nfc', params: { count: 3 }, span: { start: { line: 2, column: 7 } } },
    ]);
  });

  it('reads a file saved with CR-only line breaks (old Mac) as lines, positions right, with a notice', () => {
    const cr = '# Bản đăng ký\rloai: dang-ky\rma_don_vi: 001\rnam: x\r';
    const { data, findings, locate } = parseYamlText('a.yaml', cr);
    expect(data).toEqual({ loai: 'dang-ky', ma_don_vi: '001', nam: 'x' });
    expect(findings).toMatchObject([
      { ruleId: 'text/cr-line-endings', params: { count: 4 }, span: { start: { line: 1, column: 14 } } },
    ]);
    expect(locate('/nam')).toEqual({ start: { line: 4, column: 6 }, end: { line: 4, column: 7 } });
    expect(readYamlData(cr)).toEqual(data);
  });

  it('leaves CRLF files alone: no notice', () => {
    expect(parseYamlText('a.yaml', 'loai: dang-ky\r\nnam: 2025\r\n').findings).toEqual([]);
  });

  it('places a combining mark with no base letter at column 1', () => {
    const { findings } = parseYamlText('a.yaml', '\u0301# x\nten: Sở\n'.normalize('NFD'));
    expect(findings.find((f) => f.ruleId === 'text/normalized-nfc')?.span?.start).toEqual({ line: 1, column: 1 });
  });

  it('reports duplicate keys by name', () => {
    expect(parseYamlText('a.yaml', 'nam: 2025\nnam: 2024\n').findings).toMatchObject([
      { ruleId: 'yaml/duplicate-key', params: { key: 'nam' }, span: { start: { line: 2, column: 1 } } },
    ]);
  });

  it('refuses alias bombs without expanding them', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i += 1)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const { data, findings } = parseYamlText('a.yaml', levels.join('\n'));
    expect(data).toBeUndefined();
    expect(findings).toMatchObject([{ ruleId: 'yaml/alias-bomb' }]);
  });

  it('reports an over-indented key on its own line', () => {
    const { findings } = parseYamlText('a.yaml', 'nguoi_ky:\n  ho_ten: A\n   chuc_vu: B\n');
    expect(findings).toMatchObject([{ ruleId: 'yaml/bad-indent', span: { start: { line: 3, column: 4 } } }]);
  });

  it('reports an unclosed quote where it opens', () => {
    const { findings } = parseYamlText('a.yaml', 'a: 1\nb: "x\nc: 2\nd: 3\n');
    expect(findings).toMatchObject([
      { ruleId: 'yaml/syntax', params: { code: 'MISSING_CHAR' }, span: { start: { line: 2, column: 4 } } },
    ]);
  });

  it('reports tabs used for indentation', () => {
    expect(parseYamlText('a.yaml', 'a:\n\tb: 1\n').findings).toMatchObject([{ ruleId: 'yaml/tab-indent' }]);
  });

  it('reports a second document', () => {
    expect(parseYamlText('a.yaml', 'a: 1\n---\nb: 2\n').findings).toMatchObject([
      { ruleId: 'yaml/multiple-documents' },
    ]);
  });

  it('reports an alias to a missing anchor without throwing', () => {
    expect(parseYamlText('a.yaml', 'x: &a [1]\ny: *b\n').findings).toMatchObject([
      { ruleId: 'yaml/syntax', params: { code: 'BAD_ALIAS' } },
    ]);
  });
});

it('warns at line and column about a character the documents font cannot draw, naming it', () => {
  const { findings } = parseYamlText(
    'a.yaml',
    'ten: Mô hình tốt\nghi_chu: "Đạt ✔ tiêu chí"\n# ☎ trong chú thích không in\n',
  );
  expect(findings).toMatchObject([
    {
      ruleId: 'text/unsupported-glyph',
      params: { char: '✔', code: 'U+2714', substitute: 'x' },
      span: { start: { line: 2, column: 15 } },
    },
  ]);
});

describe('readYamlData', () => {
  it('reads the same data as parseYamlText, without locating anything', () => {
    const texts = [
      SHEET,
      'ngay_gui: 2025-04-15\n',
      '%YAML 1.1\n---\nngay: !!timestamp 2025-04-10\nma: 013\n',
      'ma: "001"\nten: Sở Nội vụ\n'.normalize('NFD'),
      'ten_don_vi:\u00a0UBND\nma_don_vi: "0\u200b02"\n',
    ];
    for (const text of texts) expect(readYamlData(text)).toEqual(parseYamlText('a.yaml', text).data);
  });

  it('gives undefined for a text that does not parse', () => {
    expect(readYamlData('a: [1, 2\n')).toBeUndefined();
    expect(parseYamlText('a.yaml', 'a: [1, 2\n').data).toBeUndefined();
  });
});
