import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import type { SubmissionKind } from '../core/kinds.js';
import type { ClassifiedFile, ReportPeriod, SubmissionHeader } from '../core/types.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const date = (value: unknown): IsoDate | undefined => (typeof value === 'string' ? toIsoDate(value) : undefined);

/** Reads the fields every submission shares, tolerating schema errors elsewhere in the file. */
export function decodeHeader(file: ClassifiedFile & { kind: SubmissionKind }): SubmissionHeader {
  const { data } = file;
  const period = data.ky_bao_cao;
  return {
    kind: file.kind,
    file: file.file,
    unitCode: text(data.ma_don_vi),
    unitRef: { file: file.file, pointer: '/ma_don_vi' },
    year: Number.isInteger(data.nam) ? (data.nam as number) : undefined,
    reportPeriod: period === '6-thang' || period === 'ca-nam' ? (period as ReportPeriod) : undefined,
    sentOn: date(data.ngay_gui),
    receivedOn: date(data.ngay_nhan),
    planId: text(data.ke_hoach),
  };
}
