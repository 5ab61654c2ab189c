import { describe, expect, it } from 'vitest';
import {
  EXCEL_CELL_LIMIT,
  MAX_ROW_HEIGHT,
  clampCellText,
  rowHeight,
  titleSplit,
  wrappedLines,
} from './print-layout.js';

describe('clampCellText', () => {
  it('keeps text within the limit unchanged', () => {
    const text = 'á'.repeat(EXCEL_CELL_LIMIT);
    expect(clampCellText(text)).toBe(text);
  });

  it('cuts longer text to exactly the limit and says how much was left out', () => {
    const text = 'Thành tích '.repeat(5_000); // 55,000 characters
    const clamped = clampCellText(text);
    expect(clamped.length).toBe(EXCEL_CELL_LIMIT);
    expect(clamped.startsWith('Thành tích Thành tích')).toBe(true);
    const kept = clamped.slice(0, clamped.indexOf(' … [ĐÃ CẮT'));
    const omitted = Number(/ĐÃ CẮT ([\d.]+) ký tự/.exec(clamped)?.[1]?.replaceAll('.', ''));
    expect(text.startsWith(kept)).toBe(true);
    expect(kept.length + omitted).toBe(text.length);
    expect(clamped).toMatch(/xem toàn văn trong tệp gốc\]$/);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(20_000);
    const clamped = clampCellText(text);
    expect(clamped.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(clamped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('wrappedLines and rowHeight', () => {
  it('counts explicit line breaks and wrapping at spaces', () => {
    expect(wrappedLines('Đăng ký: đã nộp', 30)).toBe(1);
    expect(wrappedLines('Đăng ký: đã nộp\nBáo cáo: muộn 3 ngày', 30)).toBe(2);
    expect(wrappedLines('một hai ba bốn năm sáu bảy tám chín mười', 10)).toBeGreaterThanOrEqual(4);
  });

  it('breaks a word wider than the column (file paths) inside the word', () => {
    expect(wrappedLines('x'.repeat(100), 11)).toBe(12); // 9 characters a line in 11 units
  });

  it('gives taller rows for more lines, capped at the Excel maximum', () => {
    expect(rowHeight(2)).toBeGreaterThan(rowHeight(1));
    expect(rowHeight(1_000)).toBe(MAX_ROW_HEIGHT);
  });
});

it('titleSplit leaves about 40 % of the width on the left, and a column on each side', () => {
  expect(titleSplit([5, 30, 30, 30, 30])).toBe(3);
  expect(titleSplit([100, 5])).toBe(1);
  expect(titleSplit([5, 100])).toBe(1);
});
