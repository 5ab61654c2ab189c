import type { PeriodSummary, ReviewOutcome } from '../core/period-summary.js';
import type { Column, ColumnKind, SignatureBox, WorkbookHeading, WorkbookModel } from './workbook-model.js';

const col = (header: string, width: number, kind: ColumnKind = 'wrap'): Column => ({ header, width, kind });

/**
 * The consolidated report's tables as a workbook (danvan report --xlsx): one row per unit (the Phụ lục), the model
 * figures per field, and every review outcome with its reason. `outcomeNames` comes from the report's template, so
 * the sheet and the PDF name outcomes alike.
 */
export function buildConsolidatedSheets(
  summary: PeriodSummary,
  contentGroups: number,
  outcomeNames: Record<ReviewOutcome, string>,
  heading: WorkbookHeading,
  signatures: [SignatureBox, SignatureBox],
): WorkbookModel {
  const period = summary.period === '6-thang' ? '6 tháng' : 'năm';
  const stateName = { 'on-time': 'Đúng hạn', late: 'Muộn', missing: 'Chưa gửi' } as const;
  const reviewed = summary.rows.flatMap((r) =>
    (r.report?.models ?? []).flatMap((m) => (m.outcome ? [{ unit: r.unit, model: m, outcome: m.outcome }] : [])),
  );
  return {
    title: `Báo cáo tổng hợp ${period} ${summary.year}`,
    heading: { ...heading, period: `Kỳ báo cáo: ${period} ${summary.year}` },
    signatures,
    sheets: [
      {
        name: 'Tinh hinh bao cao',
        title: 'TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
        emptyText: 'Không có đơn vị nào trong danh mục.',
        columns: [
          col('STT', 6, 'int'),
          col('Mã đơn vị', 12, 'code'),
          col('Cơ quan, đơn vị', 40, 'wrap'),
          col('Ngày gửi', 12, 'date'),
          col('Tình trạng', 12),
          col('Số ngày muộn', 10, 'int'),
          col('Mô hình đăng ký', 10, 'int'),
          col('Cá nhân đăng ký', 10, 'int'),
          ...(contentGroups > 0 ? [col('Nhóm nội dung đã báo cáo', 12, 'int')] : []),
        ],
        rows: summary.rows.map((r, i) => [
          i + 1,
          r.unit.code,
          r.unit.name,
          r.report?.deliveredOn ? { date: r.report.deliveredOn } : null,
          stateName[r.state],
          r.daysLate,
          r.models,
          r.people,
          ...(contentGroups > 0 ? [r.groupsCovered] : []),
        ]),
        sumColumns: [6, 7],
      },
      {
        name: 'Mo hinh theo linh vuc',
        title: 'MÔ HÌNH THEO LĨNH VỰC',
        emptyText: 'Không có mô hình nào được đăng ký.',
        columns: [col('Lĩnh vực', 40, 'wrap'), col('Số mô hình', 12, 'int')],
        rows: summary.byField.map((f) => [f.name, f.models]),
        sumColumns: [1],
      },
      {
        name: 'Ra soat mo hinh',
        title: 'KẾT QUẢ RÀ SOÁT MÔ HÌNH',
        emptyText: 'Chưa có kết quả rà soát mô hình nào.',
        columns: [
          col('STT', 6, 'int'),
          col('Cơ quan, đơn vị', 36, 'wrap'),
          col('Mã mô hình', 12, 'code'),
          col('Mô hình', 40, 'wrap'),
          col('Kết quả rà soát', 20),
          col('Lý do', 40, 'wrap'),
        ],
        rows: reviewed.map(({ unit, model, outcome }, i) => [
          i + 1,
          unit.name,
          model.code ?? '',
          model.name,
          outcomeNames[outcome],
          model.reason ?? '',
        ]),
      },
    ],
  };
}
