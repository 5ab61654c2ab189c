import type { Consolidation } from '../core/consolidation.js';
import type { Cell, Column, ColumnKind, SheetModel } from './workbook-model.js';

const collator = new Intl.Collator('vi');

/** A column of the summary; text wraps unless told otherwise, so nothing is cut when printed. */
export const col = (header: string, width: number, kind: ColumnKind = 'wrap'): Column => ({ header, width, kind });
const STATE_LABELS: Record<string, string> = {
  submitted: 'đã nộp',
  late: 'muộn',
  missing: 'thiếu',
  pending: 'chưa đến hạn',
  optional: 'không bắt buộc',
};

/** One row per unit of the plan: quotas and registrations, each deadline's state on its own line, score, band. */
export function summarySheet(c: Consolidation): SheetModel {
  const scoreOf = new Map(c.scores.map((s) => [s.unitCode, s]));
  const units = [...c.units].sort(
    (a, b) => collator.compare(a.unit.name, b.unit.name) || a.unit.code.localeCompare(b.unit.code),
  );
  return {
    name: 'Tổng hợp',
    title: 'BẢNG TỔNG HỢP ĐĂNG KÝ, BÁO CÁO VÀ KẾT QUẢ CHẤM ĐIỂM CỦA CÁC ĐƠN VỊ',
    columns: [
      col('STT', 5, 'int'),
      col('Mã', 8, 'code'),
      col('Đơn vị', 30),
      col('Nhóm', 24),
      col('Chỉ tiêu tập thể', 9, 'int'),
      col('Đăng ký tập thể', 9, 'int'),
      col('Chỉ tiêu cá nhân', 9, 'int'),
      col('Đăng ký cá nhân', 9, 'int'),
      col('Hồ sơ theo từng hạn nộp', 30),
      col('Điểm', 8, 'points'),
      col('Xếp loại', 13),
    ],
    rows: units.map((u, i): Cell[] => {
      const score = scoreOf.get(u.unit.code);
      const states = u.deadlines.map(
        (d) => `${d.name}: ${STATE_LABELS[d.state] ?? d.state}${d.daysLate > 0 ? ` ${d.daysLate} ngày` : ''}`,
      );
      return [
        i + 1,
        u.unit.code,
        u.unit.name,
        u.category,
        u.quotas['tap-the']?.quota ?? null,
        // The registered count even where the plan sets no quota (a dataset merged before `registered` existed has
        // only the quota's count).
        u.registered?.['tap-the'] ?? u.quotas['tap-the']?.count ?? null,
        u.quotas['ca-nhan']?.quota ?? null,
        u.registered?.['ca-nhan'] ?? u.quotas['ca-nhan']?.count ?? null,
        states.join('\n'),
        score ? score.final / 100 : null,
        score?.band?.name ?? (score?.disqualified.length ? 'Không đủ điều kiện' : null),
      ];
    }),
    sumColumns: [4, 5, 6, 7],
    emptyText: 'Kế hoạch chưa có đơn vị nào.',
  };
}

/** One row per score card in rank order, one column per criterion of the rubric. */
export function scoringSheet(c: Consolidation): SheetModel {
  const criteria = [...new Set(c.scores.flatMap((s) => Object.keys(s.criteria)))].sort((a, b) =>
    a.localeCompare(b, 'vi', { numeric: true }),
  );
  return {
    name: 'Chấm điểm',
    title: 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM',
    columns: [
      col('Hạng', 6, 'int'),
      col('Mã', 8, 'code'),
      col('Đơn vị', 30),
      ...criteria.map((id) => col(`Tiêu chí ${id}`, 8, 'points')),
      col('Tự chấm', 9, 'points'),
      col('Cấp trên chấm', 9, 'points'),
      col('Xếp loại', 13),
    ],
    rows: c.scores.map((s) => [
      s.rank,
      s.unitCode,
      s.name,
      ...criteria.map((id) => (s.criteria[id] === undefined ? null : (s.criteria[id] as number) / 100)),
      s.self / 100,
      s.reviewed ? s.reviewer / 100 : null,
      s.band?.name ?? (s.disqualified.length ? 'Không đủ điều kiện' : null),
    ]),
    emptyText: 'Chưa có bản chấm điểm nào.',
  };
}
