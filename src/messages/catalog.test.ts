import { expect, it } from 'vitest';
import { MESSAGES, renderMessage } from './catalog.js';
import type { RuleId } from './catalog.js';

it('every rule has a Vietnamese and an English message', () => {
  for (const ruleId of Object.keys(MESSAGES) as RuleId[]) {
    const def = MESSAGES[ruleId];
    expect(typeof def.vi, ruleId).toBe('function');
    expect(typeof def.en, ruleId).toBe('function');
  }
});

it('suggests quotes when a number stands where text is expected', () => {
  expect(renderMessage('schema/type', { expected: 'string', actual: 'integer' }, 'vi')).toContain(
    'Hãy đặt giá trị trong dấu nháy',
  );
  expect(renderMessage('schema/type', { expected: 'integer', actual: 'string' }, 'vi')).not.toContain('dấu nháy');
});

it('renders Vietnamese type names', () => {
  expect(renderMessage('schema/type', { expected: 'integer', actual: 'string' }, 'vi')).toBe(
    'Sai kiểu dữ liệu: cần số nguyên, nhưng nhận được chuỗi chữ.',
  );
});

it('a message applying a plan rule quotes its sentence, or says it is an assumption (issue 13)', () => {
  const source = 'trên các lĩnh vực kinh tế, văn hóa, xã hội, an ninh, quốc phòng';
  const unknownField = { vocabulary: 'linh-vuc', value: 'kinh-tee', allowed: 'kinh-te', suggestion: 'kinh-te' };
  expect(renderMessage('plan/unknown-value', { ...unknownField, source }, 'vi')).toBe(
    `Lĩnh vực "kinh-tee" không có trong kế hoạch; kế hoạch có: kinh-te. Có phải ý bạn là "kinh-te"? Kế hoạch: "${source}"`,
  );
  expect(renderMessage('plan/unknown-value', { ...unknownField, source }, 'en')).toBe(
    `Field of work "kinh-tee" is not in the plan; the plan has: kinh-te. Did you mean "kinh-te"? Plan: "${source}"`,
  );
  expect(renderMessage('plan/unknown-value', { ...unknownField, assumed: true }, 'vi')).toMatch(
    /"kinh-te"\? \(Giả định: kế hoạch không nêu quy định này\.\)$/,
  );
  expect(renderMessage('plan/unknown-value', { ...unknownField, assumed: true }, 'en')).toMatch(
    /\(Assumed: the plan does not state this rule\.\)$/,
  );
  // A dataset merged before rules carried their sources quotes nothing.
  expect(renderMessage('plan/unknown-value', unknownField, 'vi')).toMatch(/"kinh-te"\?$/);
});

it('every rule that applies a plan rule renders the quote in both languages', () => {
  const quote = { source: 'câu của kế hoạch', assumed: true };
  const vote = { unit: '001', name: 'A', yes: 5, base: 9, share: '55,56%', threshold: '90%', onPresent: false };
  const rendered = [
    renderMessage('plan/year-out-of-range', { year: 2026, first: 2025, last: 2025, ...quote }, 'vi'),
    renderMessage('plan/unexpected-report-period', { period: '6-thang', allowed: 'ca-nam', ...quote }, 'en'),
    renderMessage('report/missing-content-group', { count: 1, groups: '"a" (A)', ...quote }, 'vi'),
    renderMessage('review/missing-outcome', { code: 'MH1', year: 2026, ...quote }, 'en'),
    renderMessage('score/rubric-mismatch', { expected: 'a', actual: 'b', ...quote }, 'vi'),
    renderMessage('vote/below-threshold', { ...vote, ...quote }, 'en'),
    renderMessage('dossier/below-threshold', { ...vote, ...quote }, 'vi'),
    renderMessage('dossier/missing-part', { unit: '001', part: 'bien-ban', written: false, ...quote }, 'en'),
    renderMessage('merge/unit-missing', { unit: '001', name: 'A', deadline: 'Hạn', kinds: 'báo cáo', ...quote }, 'vi'),
  ];
  for (const message of rendered) {
    expect(message).toMatch(/ (Kế hoạch|Plan): "câu của kế hoạch" \((Giả định|Assumed): /);
  }
});
