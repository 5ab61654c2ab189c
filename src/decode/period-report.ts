import { toIsoDate } from '../core/dates.js';
import { REVIEW_OUTCOMES } from '../core/period-summary.js';
import type { ReviewOutcome, UnitPeriodReport } from '../core/period-summary.js';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];
const isOutcome = (value: unknown): value is ReviewOutcome => (REVIEW_OUTCOMES as readonly unknown[]).includes(value);

/**
 * A báo cáo file (schema-valid keys) → what the consolidated report needs. `unit` is the current unit's code, already
 * mapped from a former unit's. The receipt date wins over the sent date, as for every deadline rule. A model the
 * report names by its code only (a later year's review) takes its name from `nameOf` (the register), else its code.
 */
export function decodePeriodReport(
  file: string,
  unit: string,
  data: Record<string, unknown>,
  nameOf: (code: string) => string | undefined = () => undefined,
): UnitPeriodReport {
  const delivered = toIsoDate(text(data.ngay_nhan) ?? text(data.ngay_gui) ?? '');
  const shortcomings = text(data.ton_tai_han_che);
  const direction = text(data.phuong_huong);
  const proposals = text(data.de_xuat);
  return {
    unit,
    file,
    ...(delivered ? { deliveredOn: delivered } : {}),
    groups: records(data.ket_qua_noi_dung).flatMap((g) => {
      const id = text(g.nhom);
      return id ? [{ id, text: text(g.ket_qua) ?? '' }] : [];
    }),
    models: records(data.ket_qua_mo_hinh).map((m) => {
      const code = text(m.ma_mo_hinh);
      const reason = text(m.ly_do);
      return {
        ...(code ? { code } : {}),
        name: text(m.ten_mo_hinh) ?? (code ? (nameOf(code) ?? code) : ''),
        result: text(m.ket_qua) ?? '',
        ...(isOutcome(m.de_xuat) ? { outcome: m.de_xuat } : {}),
        ...(reason ? { reason } : {}),
      };
    }),
    ...(shortcomings ? { shortcomings } : {}),
    ...(direction ? { direction } : {}),
    ...(proposals ? { proposals } : {}),
  };
}
