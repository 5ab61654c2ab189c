import type { Consolidation } from '../core/consolidation.js';
import type { ReviewOutcome } from '../core/period-summary.js';
import type { Provenance } from '../core/records.js';
import { kindLabel } from '../messages/kind-labels.js';
import { SEVERITY_LABELS } from '../messages/ui.js';
import type { SheetModel } from './workbook-model.js';
import { registerSheet } from './workbook-register-sheet.js';
import { col, scoringSheet, summarySheet } from './workbook-unit-sheets.js';

const collator = new Intl.Collator('vi');

/**
 * A vote share as a fraction for a `0.00%` cell, rounded half-up to hundredths of a percent (18/19 → 94,74 %).
 * Display only: the threshold check in core/votes.ts keeps its rounded-down share so no one passes by rounding.
 */
export function displayShare(yes: number, base: number): number {
  return base > 0 ? Math.floor((yes * 20_000 + base) / (2 * base)) / 10_000 : 0;
}

interface Listed {
  sheet: string;
  stt: number;
  name: string;
  source: Provenance;
}

/**
 * The sheets of the summary workbook. Widths add up to about a landscape A4 page so the print scale stays ≥ 85 %.
 * `outcomeNames` name the review outcomes on the register's sheet.
 */
export function buildSheets(c: Consolidation, outcomeNames: Record<ReviewOutcome, string>): SheetModel[] {
  const names = new Map(c.units.map((u) => [u.unit.code, u.unit.name]));
  const unitName = (code: string) => names.get(code) ?? code;
  const lookup = (list: readonly { id: string; name: string }[] | undefined) => (id: string | undefined) =>
    id === undefined ? null : (list?.find((entry) => entry.id === id)?.name ?? id);
  const awardName = lookup(c.plan?.awardTypes);
  const fieldName = lookup(c.plan?.fields);
  const byUnitThenName = <T extends { unit: string; name: string }>(a: T, b: T) =>
    collator.compare(unitName(a.unit), unitName(b.unit)) || collator.compare(a.name, b.name);
  const models = [...c.models].sort(byUnitThenName);
  const people = [...c.people].sort(byUnitThenName);
  const nominees = [...c.nominees].sort(byUnitThenName);
  const registered = registerSheet(c, outcomeNames, unitName, fieldName);
  const listed = (sheet: string, list: readonly { name: string; source: Provenance }[]): Listed[] =>
    list.map((item, i) => ({ sheet, stt: i + 1, name: item.name, source: item.source }));

  return [
    summarySheet(c),
    {
      name: 'Danh sách tập thể',
      title: 'DANH SÁCH MÔ HÌNH "DÂN VẬN KHÉO" ĐĂNG KÝ',
      columns: [
        col('STT', 5, 'int'),
        col('Đơn vị', 30),
        col('Mã mô hình', 9, 'code'),
        col('Tên mô hình', 62),
        col('Lĩnh vực', 30),
      ],
      rows: models.map((m, i) => [i + 1, unitName(m.unit), m.modelCode ?? null, m.name, fieldName(m.field)]),
      emptyText: 'Chưa có mô hình nào được đăng ký.',
    },
    ...(registered ? [registered] : []),
    {
      name: 'Danh sách cá nhân',
      title: 'DANH SÁCH CÁ NHÂN ĐĂNG KÝ ĐIỂN HÌNH "DÂN VẬN KHÉO"',
      columns: [
        col('STT', 5, 'int'),
        col('Đơn vị', 28),
        col('Họ và tên', 26),
        col('Năm sinh', 8, 'int'),
        col('Chức vụ', 32),
        col('Đơn vị công tác', 40),
      ],
      rows: people.map((p, i) => [
        i + 1,
        unitName(p.unit),
        p.name,
        p.birthYear ?? null,
        p.position ?? null,
        p.workplace ?? null,
      ]),
      emptyText: 'Chưa có cá nhân nào được đăng ký.',
    },
    scoringSheet(c),
    {
      name: 'Đề nghị khen thưởng',
      title: 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG',
      columns: [
        col('STT', 5, 'int'),
        col('Đơn vị đề nghị', 22),
        col('Đối tượng', 10),
        col('Tên tập thể / cá nhân', 26),
        col('Chức vụ', 18),
        col('Tóm tắt thành tích', 40),
        col('Hình thức khen thưởng', 22),
        col('Số phiếu đồng ý', 9, 'int'),
        col('Trên tổng số', 9, 'int'),
        col('Tỷ lệ', 9, 'percent'),
      ],
      rows: nominees.map((n, i) => [
        i + 1,
        unitName(n.unit),
        n.subject === 'tap-the' ? 'Tập thể' : 'Cá nhân',
        n.name,
        n.position ?? null,
        n.achievement ?? null,
        awardName(n.award),
        n.vote?.yes ?? null,
        n.vote?.base ?? null,
        n.vote ? displayShare(n.vote.yes, n.vote.base) : null,
      ]),
      emptyText: 'Chưa có đề nghị khen thưởng nào.',
    },
    {
      name: 'Lỗi và cảnh báo',
      title: 'DANH SÁCH LỖI VÀ CẢNH BÁO TRONG HỒ SƠ ĐÃ NHẬN',
      columns: [
        col('STT', 5, 'int'),
        col('Mức độ', 10),
        col('Tệp', 36),
        col('Dòng', 7, 'int'),
        col('Cột', 6, 'int'),
        col('Mã quy tắc', 28),
        col('Nội dung', 60),
      ],
      rows: c.diagnostics.map((d, i) => [
        i + 1,
        SEVERITY_LABELS[d.severity].vi,
        d.file,
        d.start.line,
        d.start.column,
        d.ruleId,
        d.message,
      ]),
      emptyText: 'Không có lỗi hay cảnh báo nào.',
    },
    {
      name: 'Hồ sơ đã nhận',
      title: 'DANH MỤC HỒ SƠ ĐÃ NHẬN',
      columns: [
        col('STT', 5, 'int'),
        col('Tệp', 46),
        col('Loại hồ sơ', 22),
        col('Mã đơn vị', 10, 'code'),
        col('Năm', 7, 'int'),
        col('Ngày gửi / nhận', 12, 'date'),
        col('Hiệu lực', 40),
      ],
      rows: c.sources
        .filter((s) => s.state !== 'reference')
        .map((s, i) => [
          i + 1,
          s.file,
          kindLabel(s.kind ?? '', 'vi'),
          s.unit ?? null,
          s.year ?? null,
          s.deliveredOn ? { date: s.deliveredOn } : null,
          s.state === 'effective' ? 'có hiệu lực' : `bị thay bởi ${s.supersededBy ?? ''}`,
        ]),
      emptyText: 'Chưa nhận hồ sơ nào.',
    },
    sourcesSheet([
      ...listed('Danh sách tập thể', models),
      ...listed('Danh sách cá nhân', people),
      ...listed('Đề nghị khen thưởng', nominees),
    ]),
  ];
}

// Provenance in one place instead of a column of paths on every sheet: an officer who needs to check a line looks
// it up here by sheet and STT.
function sourcesSheet(listed: readonly Listed[]): SheetModel {
  return {
    name: 'Nguồn',
    title: 'NGUỒN SỐ LIỆU: TỆP VÀ DÒNG CỦA TỪNG MỤC',
    columns: [
      col('STT', 5, 'int'),
      col('Trang tính', 20),
      col('STT trên trang', 9, 'int'),
      col('Tên', 48),
      col('Tệp', 46),
      col('Dòng', 7, 'int'),
    ],
    rows: listed.map((item, i) => [i + 1, item.sheet, item.stt, item.name, item.source.file, item.source.line]),
    emptyText: 'Không có mục nào.',
  };
}
