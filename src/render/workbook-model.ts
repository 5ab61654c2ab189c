import type { Consolidation } from '../core/consolidation.js';
import type { IsoDate } from '../core/dates.js';
import { kindLabel } from '../messages/kind-labels.js';
import { SEVERITY_LABELS } from '../messages/ui.js';

/** How a column's cells are typed and shown: exceljs only draws what this decides. */
export type ColumnKind = 'text' | 'wrap' | 'int' | 'points' | 'percent' | 'date';

export interface Column {
  header: string;
  width: number;
  kind: ColumnKind;
}

/** A date cell: written as a real Excel date (UTC), shown dd/mm/yyyy. */
export interface DateCell {
  date: IsoDate;
}

export type Cell = string | number | DateCell | null;

export interface SheetModel {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** A last row "Tổng cộng" with SUM formulas over these column indexes, so officers can edit and re-total. */
  sumColumns?: number[];
  landscape?: boolean;
}

export interface WorkbookModel {
  title: string;
  sheets: SheetModel[];
}

const collator = new Intl.Collator('vi');
const col = (header: string, width: number, kind: ColumnKind = 'text'): Column => ({ header, width, kind });
const source = (s: { file: string; line: number }) => `${s.file}:${s.line}`;

/** Every sheet an officer sends on, from the consolidated dataset; rows in Vietnamese order. */
export function buildWorkbookModel(c: Consolidation): WorkbookModel {
  const names = new Map(c.units.map((u) => [u.unit.code, u.unit.name]));
  const unitName = (code: string) => names.get(code) ?? code;
  const scoreOf = new Map(c.scores.map((s) => [s.unitCode, s]));
  const awardName = (id: string | undefined) =>
    id === undefined ? null : (c.plan?.awardTypes.find((a) => a.id === id)?.name ?? id);
  const byUnitThenName = <T extends { unit: string; name: string }>(a: T, b: T) =>
    collator.compare(unitName(a.unit), unitName(b.unit)) || collator.compare(a.name, b.name);

  const summary: SheetModel = {
    name: 'Tổng hợp',
    columns: [
      col('STT', 6, 'int'),
      col('Mã', 9),
      col('Đơn vị', 36, 'wrap'),
      col('Nhóm', 30, 'wrap'),
      col('Chỉ tiêu tập thể', 11, 'int'),
      col('Đăng ký tập thể', 11, 'int'),
      col('Chỉ tiêu cá nhân', 11, 'int'),
      col('Đăng ký cá nhân', 11, 'int'),
      col('Đúng hạn / muộn / thiếu', 28, 'wrap'),
      col('Điểm', 9, 'points'),
      col('Xếp loại', 14),
    ],
    rows: [...c.units]
      .sort((a, b) => collator.compare(a.unit.name, b.unit.name) || a.unit.code.localeCompare(b.unit.code))
      .map((u, i) => {
        const score = scoreOf.get(u.unit.code);
        const states = u.deadlines.map(
          (d) => `${d.name}: ${STATE_LABELS[d.state]}${d.daysLate > 0 ? ` ${d.daysLate} ngày` : ''}`,
        );
        return [
          i + 1,
          u.unit.code,
          u.unit.name,
          u.category,
          u.quotas['tap-the']?.quota ?? null,
          u.quotas['tap-the']?.count ?? null,
          u.quotas['ca-nhan']?.quota ?? null,
          u.quotas['ca-nhan']?.count ?? null,
          states.join('; '),
          score ? score.final / 100 : null,
          score?.band?.name ?? (score?.disqualified.length ? 'Không đủ điều kiện' : null),
        ];
      }),
    sumColumns: [4, 5, 6, 7],
    landscape: true,
  };

  const models: SheetModel = {
    name: 'Danh sách tập thể',
    columns: [
      col('STT', 6, 'int'),
      col('Đơn vị', 30, 'wrap'),
      col('Mã', 8),
      col('Tên mô hình', 50, 'wrap'),
      col('Lĩnh vực', 22),
      col('Nguồn (tệp:dòng)', 40, 'wrap'),
    ],
    rows: [...c.models]
      .sort(byUnitThenName)
      .map((m, i) => [i + 1, unitName(m.unit), m.modelCode ?? null, m.name, m.field ?? null, source(m.source)]),
  };

  const people: SheetModel = {
    name: 'Danh sách cá nhân',
    columns: [
      col('STT', 6, 'int'),
      col('Đơn vị', 30, 'wrap'),
      col('Họ và tên', 26),
      col('Năm sinh', 9, 'int'),
      col('Chức vụ', 24, 'wrap'),
      col('Đơn vị công tác', 30, 'wrap'),
      col('Nguồn (tệp:dòng)', 40, 'wrap'),
    ],
    rows: [...c.people]
      .sort(byUnitThenName)
      .map((p, i) => [
        i + 1,
        unitName(p.unit),
        p.name,
        p.birthYear ?? null,
        p.position ?? null,
        p.workplace ?? null,
        source(p.source),
      ]),
  };

  const criteria = [...new Set(c.scores.flatMap((s) => Object.keys(s.criteria)))].sort((a, b) =>
    a.localeCompare(b, 'vi', { numeric: true }),
  );
  const scoring: SheetModel = {
    name: 'Chấm điểm',
    columns: [
      col('Hạng', 6, 'int'),
      col('Mã', 9),
      col('Đơn vị', 32, 'wrap'),
      ...criteria.map((id) => col(id, 7, 'points')),
      col('Tự chấm', 10, 'points'),
      col('Cấp trên chấm', 11, 'points'),
      col('Xếp loại', 14),
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
    landscape: true,
  };

  const nominees: SheetModel = {
    name: 'Đề nghị khen thưởng',
    columns: [
      col('STT', 6, 'int'),
      col('Đơn vị đề nghị', 28, 'wrap'),
      col('Đối tượng', 10),
      col('Tên tập thể / cá nhân', 30, 'wrap'),
      col('Chức vụ', 20, 'wrap'),
      col('Tóm tắt thành tích', 50, 'wrap'),
      col('Hình thức', 20),
      col('Đồng ý', 8, 'int'),
      col('Trên', 8, 'int'),
      col('Tỷ lệ', 9, 'percent'),
      col('Nguồn (tệp:dòng)', 40, 'wrap'),
    ],
    rows: [...c.nominees]
      .sort(byUnitThenName)
      .map((n, i) => [
        i + 1,
        unitName(n.unit),
        n.subject === 'tap-the' ? 'Tập thể' : 'Cá nhân',
        n.name,
        n.position ?? null,
        n.achievement ?? null,
        awardName(n.award),
        n.vote?.yes ?? null,
        n.vote?.base ?? null,
        n.vote ? n.vote.share / 10_000 : null,
        source(n.source),
      ]),
    sumColumns: [7],
    landscape: true,
  };

  const problems: SheetModel = {
    name: 'Lỗi và cảnh báo',
    columns: [
      col('STT', 6, 'int'),
      col('Mức độ', 10),
      col('Tệp', 44, 'wrap'),
      col('Dòng', 7, 'int'),
      col('Cột', 6, 'int'),
      col('Mã quy tắc', 26),
      col('Nội dung', 70, 'wrap'),
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
    landscape: true,
  };

  const submissions: SheetModel = {
    name: 'Hồ sơ đã nhận',
    columns: [
      col('STT', 6, 'int'),
      col('Tệp', 44, 'wrap'),
      col('Loại', 20),
      col('Mã đơn vị', 10),
      col('Năm', 7, 'int'),
      col('Ngày gửi/nhận', 13, 'date'),
      col('Hiệu lực', 30, 'wrap'),
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
  };

  return {
    title: c.plan ? `Tổng hợp ${c.plan.title}` : 'Tổng hợp hồ sơ "Dân vận khéo"',
    sheets: [summary, models, people, scoring, nominees, problems, submissions],
  };
}

const STATE_LABELS: Record<string, string> = {
  submitted: 'đã nộp',
  late: 'muộn',
  missing: 'thiếu',
  pending: 'chưa đến hạn',
  optional: 'không bắt buộc',
};
