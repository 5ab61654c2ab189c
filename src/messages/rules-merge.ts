import { define } from './define.js';
import { kindLabel } from './kind-labels.js';

const WHAT: Record<string, { vi: string; en: string }> = {
  person: { vi: 'Cá nhân', en: 'Person' },
  model: { vi: 'Mô hình, tập thể', en: 'Model or collective' },
};

const PARTS: Record<string, string> = {
  'to-trinh': 'Tờ trình',
  'bien-ban': 'Biên bản họp bình xét',
  'bao-cao': 'Báo cáo đánh giá kết quả',
  'bang-cham-diem': 'Bản chấm điểm tiêu chí',
};

/** Merging many units' submissions into one dataset, and building their dossiers from it. */
export const MERGE_MESSAGES = {
  'merge/version-conflict': define<{ other: string }>({
    severity: 'error',
    vi: (p) =>
      `Hai bản khác nhau cùng đơn vị, cùng loại, cùng kỳ, cùng ngày gửi (bản kia: ${p.other}); ghi "lan_gui" hoặc ngày nhận để xác định bản có hiệu lực.`,
    en: (p) =>
      `Two different files for the same unit, kind and period, delivered the same day (the other: ${p.other}); set "lan_gui" or the receipt date to say which counts.`,
  }),
  'merge/duplicate-nominee': define<{ what: string; name: string; otherUnit: string; other: string; more: number }>({
    severity: 'warning',
    vi: (p) =>
      `${WHAT[p.what]?.vi ?? p.what} "${p.name}" cũng được đơn vị ${p.otherUnit} đưa vào (${p.other})${p.more > 0 ? ` và ${p.more} nơi khác` : ''}.`,
    en: (p) =>
      `${WHAT[p.what]?.en ?? p.what} "${p.name}" is also put forward by unit ${p.otherUnit} (${p.other})${p.more > 0 ? ` and ${p.more} other place(s)` : ''}.`,
  }),
  'merge/empty-submission': define<{ kind: string }>({
    severity: 'warning',
    vi: (p) => `${kindLabel(p.kind, 'vi')} không kê tập thể hay cá nhân nào.`,
    en: (p) => `The ${kindLabel(p.kind, 'en')} lists no collective and no individual.`,
  }),
  'dossier/missing-part': define<{ unit: string; part: string }>({
    severity: 'error',
    vi: (p) =>
      `Hồ sơ khen thưởng của đơn vị ${p.unit} thiếu ${PARTS[p.part] ?? p.part} (kế hoạch yêu cầu); chưa lập hồ sơ (dùng --allow-incomplete để lập và đánh dấu phần thiếu).`,
    en: (p) =>
      `Unit ${p.unit}'s award dossier lacks the ${PARTS[p.part] ?? p.part} the plan requires; not produced (--allow-incomplete produces it with the gap marked).`,
  }),
  'dossier/no-vote': define<{ unit: string; name: string }>({
    severity: 'error',
    vi: (p) => `"${p.name}" (đơn vị ${p.unit}) không có kết quả biểu quyết trong biên bản họp bình xét.`,
    en: (p) => `"${p.name}" (unit ${p.unit}) has no vote in the council's meeting record.`,
  }),
  'dossier/unknown-placeholder': define<{ placeholder: string; unit: string }>({
    severity: 'error',
    vi: (p) =>
      `Mẫu dùng chỗ trống {${p.placeholder}} mà danvan không điền được (đơn vị ${p.unit}); sửa mẫu theo danh sách chỗ trống ở đầu tệp.`,
    en: (p) =>
      `The template uses the placeholder {${p.placeholder}}, which danvan cannot fill (unit ${p.unit}); see the list of placeholders at the top of the file.`,
  }),
  'merge/unit-missing': define<{ unit: string; name: string; deadline: string; kinds: string }>({
    severity: 'warning',
    vi: (p) => `Đơn vị ${p.unit} (${p.name}) chưa nộp ${p.kinds} đã quá hạn "${p.deadline}".`,
    en: (p) => `Unit ${p.unit} (${p.name}) has not sent ${p.kinds}, past the deadline "${p.deadline}".`,
  }),
};
