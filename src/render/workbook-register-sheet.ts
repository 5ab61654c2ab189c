import type { Consolidation } from '../core/consolidation.js';
import type { ModelEvent, RegisteredModel } from '../core/model-register.js';
import type { ReviewOutcome } from '../core/period-summary.js';
import type { SheetModel } from './workbook-model.js';
import { col } from './workbook-unit-sheets.js';

const collator = new Intl.Collator('vi');

/**
 * "Rà soát mô hình": the register of models (core/model-register.ts), one row per model, units in Vietnamese order:
 * the year registered, every year's review outcome with its reason, the state now. `outcomeNames` are the consolidated
 * report's (its template's ra_soat), so the PDF and the workbook name outcomes alike. Undefined when the dataset has
 * no register (the plan asks for no review and no report states an outcome, or a dataset merged before issue 13).
 */
export function registerSheet(
  c: Consolidation,
  outcomeNames: Record<ReviewOutcome, string>,
  unitName: (code: string) => string,
  fieldName: (id: string | undefined) => string | null,
): SheetModel | undefined {
  if (!c.modelRegister) return undefined;
  const models = [...c.modelRegister].sort(
    (a, b) =>
      collator.compare(unitName(a.unit), unitName(b.unit)) ||
      a.unit.localeCompare(b.unit) ||
      a.code.localeCompare(b.code, 'vi', { numeric: true }),
  );
  return {
    name: 'Rà soát mô hình',
    title: 'SỔ THEO DÕI MÔ HÌNH "DÂN VẬN KHÉO": ĐĂNG KÝ VÀ KẾT QUẢ RÀ SOÁT HẰNG NĂM',
    columns: [
      col('STT', 5, 'int'),
      col('Đơn vị', 26),
      col('Mã mô hình', 9, 'code'),
      col('Tên mô hình', 34),
      col('Lĩnh vực', 16),
      col('Năm đăng ký', 9, 'int'),
      col('Kết quả rà soát từng năm (lý do)', 44),
      col('Hiện trạng', 18),
    ],
    rows: models.map((m, i) => [
      i + 1,
      m.registeredAs ? `${unitName(m.unit)} (đăng ký dưới mã cũ ${m.registeredAs})` : unitName(m.unit),
      m.code,
      m.name,
      fieldName(m.field),
      m.registeredIn ?? null,
      yearLines(m, outcomeNames),
      stateText(m, outcomeNames),
    ]),
    emptyText: 'Kế hoạch yêu cầu rà soát mô hình hằng năm nhưng chưa có mô hình nào được đăng ký hoặc rà soát.',
  };
}

// One line per event after the first registration: "2026: Thanh loại – lý do", "2027: Đăng ký lại".
function yearLines(m: RegisteredModel, names: Record<ReviewOutcome, string>): string | null {
  const first = m.history.find((e) => e.event === 'dang-ky');
  const lines = m.history
    .filter((e) => e !== first)
    .map((e: ModelEvent) =>
      e.event === 'dang-ky'
        ? `${e.year}: Đăng ký lại`
        : `${e.year}: ${names[e.event]}${e.reason ? ` – ${e.reason}` : ''}`,
    );
  return lines.length > 0 ? lines.join('\n') : null;
}

function stateText(m: RegisteredModel, names: Record<ReviewOutcome, string>): string {
  const state = m.state === 'dang-ky' ? 'Đã đăng ký, chưa rà soát' : names[m.state];
  if (m.registeredAgainAfterRemoval === undefined) return state;
  return m.removedAs === undefined
    ? `${state}\n(đăng ký lại sau khi thanh loại năm ${m.registeredAgainAfterRemoval})`
    : `${state}\n(trùng tên mô hình ${m.removedAs} đã thanh loại năm ${m.registeredAgainAfterRemoval})`;
}
