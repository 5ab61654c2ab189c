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
