import { describe, expect, it } from 'vitest';
import { strayBraceFindings, templateShapeFindings, unfilledPlaceholderFindings } from './template-shape.js';

const shipped = { trich_yeu: 'Về việc {nam}', doan_van: ['Câu một.'], phu_luc: { tieu_de: 'DANH SÁCH' }, so: 2 };

describe('templateShapeFindings', () => {
  it('accepts a campaign template that keeps every field and its kind, whatever the wording', () => {
    const own = { trich_yeu: 'Về việc khác', doan_van: ['A.', 'B.', 'C.'], phu_luc: { tieu_de: 'X' }, so: 3.5 };
    expect(templateShapeFindings(shipped, own, 'mau.yaml')).toEqual([]);
  });

  it('finds a missing field, a field of another kind down to list items, and an unknown field with a suggestion', () => {
    const own = { trich_yeu: 5, doan_van: ['A.', { b: 1 }], phu_luc: { tieu_de: null }, sô: 2 };
    const findings = templateShapeFindings(shipped, own, 'mau.yaml');
    expect(findings.map((f) => [f.ruleId, f.at.pointer, f.params, f.severity])).toEqual([
      ['schema/type', '/trich_yeu', { expected: 'string', actual: 'integer' }, undefined],
      ['schema/type', '/doan_van/1', { expected: 'string', actual: 'object' }, undefined],
      ['schema/type', '/phu_luc/tieu_de', { expected: 'string', actual: 'null' }, undefined],
      ['schema/required', '', { property: 'so' }, undefined],
      ['schema/unknown-field', '/sô', { property: 'sô', suggestion: 'so' }, 'warning'],
    ]);
    expect(findings.every((f) => f.at.file === 'mau.yaml')).toBe(true);
  });

  it('says a template that is not a mapping is of the wrong kind, once', () => {
    expect(templateShapeFindings(shipped, ['a'], 'mau.yaml')).toEqual([
      { ruleId: 'schema/type', params: { expected: 'object', actual: 'array' }, at: { file: 'mau.yaml', pointer: '' } },
    ]);
  });
});

describe('strayBraceFindings', () => {
  it('finds a brace left open or doubled, and nothing in placeholders written right', () => {
    const own = { a: 'Về việc {nam}', b: ['{ten_don_vi', 'x {{ten_don_vi}} y'], c: { d: 'ok {nam} {so_ca_nhan}.' } };
    expect(strayBraceFindings(own, 'mau.yaml').map((f) => [f.ruleId, f.at.pointer])).toEqual([
      ['dossier/stray-brace', '/b/0'],
      ['dossier/stray-brace', '/b/1'],
    ]);
  });

  it("quotes the words around the brace, not the paragraph's first words, and names the placeholder meant", () => {
    const long =
      'Căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng, đề nghị tặng thưởng cho {Ten_Don_Vi} năm nay.';
    const own = { a: long, b: 'Kính gửi: {tên đơn vị}', c: 'Hết {nam', d: 'Năm {{nam}}.' };
    expect(strayBraceFindings(own, 'mau.yaml').map((f) => f.params)).toEqual([
      { text: '…đề nghị tặng thưởng cho {Ten_Don_Vi} năm nay.', suggestion: '{ten_don_vi}' },
      { text: 'Kính gửi: {tên đơn vị}', suggestion: '{ten_don_vi}' },
      { text: 'Hết {nam', suggestion: '{nam}' },
      { text: 'Năm {{nam}}.', suggestion: '{nam}' },
    ]);
  });
});

describe('the shipped templates, copied as they are into a campaign', () => {
  it('pass every check: their fields, their braces, placeholders only where danvan fills them', async () => {
    const { loadDossierTemplates, SHIPPED_TEMPLATES } = await import('./dossier-templates.js');
    const { findings, templates } = await loadDossierTemplates(SHIPPED_TEMPLATES);
    expect(findings).toEqual([]);
    expect(Object.keys(templates)).toHaveLength(6);
  });
});

describe('unfilledPlaceholderFindings', () => {
  it('finds a placeholder in a text printed as written, not in one danvan fills', () => {
    const own = { trich_yeu: 'năm {nam}', ky_ten: { phai: 'CHỦ TRÌ {ten_don_vi}' }, noi_nhan: ['Lưu: VT'] };
    expect(unfilledPlaceholderFindings(own, /^\/trich_yeu$/, 'mau.yaml')).toEqual([
      {
        ruleId: 'dossier/placeholder-not-filled',
        params: { placeholder: 'ten_don_vi' },
        at: { file: 'mau.yaml', pointer: '/ky_ten/phai' },
      },
    ]);
  });

  it('says an empty text or list where the shipped template says something', () => {
    const findings = templateShapeFindings({ a: 'x', b: ['y'] }, { a: ' ', b: [] }, 'mau.yaml');
    expect(findings.map((f) => [f.ruleId, f.at.pointer, f.params])).toEqual([
      ['schema/length', '/a', { limit: 1, comparison: 'min', what: 'characters' }],
      ['schema/length', '/b', { limit: 1, comparison: 'min', what: 'items' }],
    ]);
  });
});
