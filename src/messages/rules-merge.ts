import { define, didYouMean, quoted } from './define.js';
import type { Quoted } from './define.js';
import { kindLabel } from './kind-labels.js';

const WHAT: Record<string, { vi: string; en: string }> = {
  person: { vi: 'Cá nhân', en: 'Person' },
  model: { vi: 'Mô hình, tập thể', en: 'Model or collective' },
};

const PARTS: Record<string, string> = {
  'to-trinh': 'Tờ trình',
  'de-nghi-khen-thuong': 'Đề nghị khen thưởng',
  'bien-ban': 'Biên bản họp bình xét',
  'bao-cao': 'Báo cáo đánh giá kết quả',
  'cham-diem': 'Bản chấm điểm tiêu chí',
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
  // `written`: --allow-incomplete wrote the dossier anyway, the gap marked "CÒN THIẾU" (then it is a warning).
  'dossier/missing-part': define<Quoted & { unit: string; part: string; written: boolean }>({
    severity: 'error',
    vi: (p) =>
      `Hồ sơ khen thưởng của đơn vị ${p.unit} thiếu ${PARTS[p.part] ?? p.part} (kế hoạch yêu cầu); ${p.written ? 'đã lập hồ sơ với phần này đánh dấu "CÒN THIẾU".' : 'chưa lập hồ sơ (dùng --allow-incomplete để lập và đánh dấu phần thiếu).'}${quoted(p, 'vi')}`,
    en: (p) =>
      `Unit ${p.unit}'s award dossier lacks the ${PARTS[p.part] ?? p.part} the plan requires; ${p.written ? 'written with that part marked "CÒN THIẾU".' : 'not produced (--allow-incomplete produces it with the gap marked).'}${quoted(p, 'en')}`,
  }),
  'dossier/no-vote': define<{ unit: string; name: string; written: boolean }>({
    severity: 'error',
    vi: (p) =>
      `"${p.name}" (đơn vị ${p.unit}) không có kết quả biểu quyết trong biên bản họp bình xét; ${p.written ? 'vẫn ghi vào danh sách với ghi chú "Chưa có kết quả biểu quyết", hồ sơ đánh dấu còn thiếu.' : 'chưa lập hồ sơ.'}`,
    en: (p) =>
      `"${p.name}" (unit ${p.unit}) has no vote in the council's meeting record; ${p.written ? 'listed with the note "Chưa có kết quả biểu quyết", the dossier marked incomplete.' : 'dossier not produced.'}`,
  }),
  'dossier/below-threshold': define<
    Quoted & { unit: string; name: string; yes: number; base: number; share: string; threshold: string }
  >({
    severity: 'warning',
    vi: (p) =>
      `"${p.name}" (đơn vị ${p.unit}) đạt ${p.yes}/${p.base} phiếu đồng ý (${p.share}), dưới ngưỡng ${p.threshold} của kế hoạch: không đưa vào Tờ trình và danh sách đề nghị.${quoted(p, 'vi')}`,
    en: (p) =>
      `"${p.name}" (unit ${p.unit}) has ${p.yes}/${p.base} votes in favour (${p.share.replace(',', '.')}), below the plan's ${p.threshold.replace(',', '.')}: left out of the Tờ trình and the list.${quoted(p, 'en')}`,
  }),
  'dossier/invalid-vote': define<{ unit: string; name: string }>({
    severity: 'error',
    vi: (p) =>
      `"${p.name}" (đơn vị ${p.unit}): kết quả biểu quyết không hợp lệ (số phiếu nhiều hơn số thành viên có mặt); không đưa vào danh sách đề nghị.`,
    en: (p) =>
      `"${p.name}" (unit ${p.unit}): the vote is invalid (more votes than members present); left out of the proposal.`,
  }),
  // A problem merge found in one of the unit's dossier files: an error refuses the dossier, a warning (a deadline
  // the plan only warns on) is repeated so the officer sees it where the dossier is made.
  'dossier/part-problem': define<{ unit: string; part: string; problem: string; refused: boolean }>({
    severity: 'error',
    vi: (p) =>
      `${PARTS[p.part] ?? p.part} của đơn vị ${p.unit}: ${p.problem.replace(/\.$/, '')}; ${p.refused ? 'không lập hồ sơ.' : 'hồ sơ vẫn được lập.'}`,
    en: (p) =>
      `Unit ${p.unit}'s ${PARTS[p.part] ?? p.part}: ${p.problem.replace(/\.$/, '')}; ${p.refused ? 'dossier not produced.' : 'the dossier was written.'}`,
  }),
  'dossier/summary-no-signer': define<Record<string, never>>({
    severity: 'warning',
    vi: () =>
      'Kế hoạch chưa ghi người ký Tờ trình tổng hợp (to_trinh_tong_hop.nguoi_ky); chưa lập Tờ trình tổng hợp của cơ quan tiếp nhận.',
    en: () =>
      "The plan does not say who signs the receiving body's Tờ trình (to_trinh_tong_hop.nguoi_ky); that Tờ trình was not made.",
  }),
  'dossier/sample-rubric': define<{ rubric: string }>({
    severity: 'warning',
    vi: (p) =>
      `Bộ tiêu chí "${p.rubric}" là bản mẫu (la_mau: true): bản chấm điểm trong hồ sơ dùng bộ này; hãy đối chiếu với văn bản hướng dẫn chính thức trước khi trình.`,
    en: (p) =>
      `Rubric "${p.rubric}" is a template (la_mau: true) and the dossiers' score sheets use it; check it against the official guidance before sending.`,
  }),
  'excel/sample-rubric': define<{ rubric: string }>({
    severity: 'warning',
    vi: (p) =>
      `Bộ tiêu chí "${p.rubric}" là bản mẫu (la_mau: true): bảng Chấm điểm trong tệp Excel dùng bộ này; hãy đối chiếu với văn bản hướng dẫn chính thức trước khi gửi.`,
    en: (p) =>
      `Rubric "${p.rubric}" is a template (la_mau: true) and the workbook's Chấm điểm sheet uses it; check it against the official guidance before sending.`,
  }),
  'dossier/nothing-proposed': define<{ unit: string }>({
    severity: 'warning',
    vi: (p) => `Đơn vị ${p.unit} không còn tập thể, cá nhân nào đạt biểu quyết để đề nghị; không lập hồ sơ.`,
    en: (p) => `Unit ${p.unit} has no collective or individual left who passed the vote; no dossier.`,
  }),
  // Neither unit nor summary: the template's own list does not hold it, so no document can have it (found when the
  // template is read). unit (a unit's document) or summary (the receiving body's own): it is listed, but the field it
  // is in does not fill it (found when the document is made).
  'dossier/unknown-placeholder': define<{ placeholder: string; unit?: string; summary?: boolean }>({
    severity: 'error',
    vi: (p) =>
      p.unit || p.summary
        ? `Chỗ trống {${p.placeholder}} không được điền ở trường này (${p.unit ? `đơn vị ${p.unit}` : 'văn bản tổng hợp'}): mỗi chỗ trống chỉ được điền ở những trường có nó trong mẫu có sẵn; chuyển về đúng trường, hoặc viết thẳng nội dung.`
        : `Mẫu dùng chỗ trống {${p.placeholder}} mà danvan không điền được; sửa mẫu theo danh sách chỗ trống ở đầu tệp.`,
    en: (p) =>
      p.unit || p.summary
        ? `The placeholder {${p.placeholder}} is not filled in this field (${p.unit ? `unit ${p.unit}` : 'the consolidated document'}): each placeholder is filled only in the fields that have it in the shipped template; move it there, or write the text itself.`
        : `The template uses the placeholder {${p.placeholder}}, which danvan cannot fill; see the list of placeholders at the top of the file.`,
  }),
  'dossier/placeholder-not-filled': define<{ placeholder: string }>({
    severity: 'error',
    vi: (p) =>
      `Trường này được in nguyên văn: danvan không điền chỗ trống {${p.placeholder}} ở đây (chỉ điền trong các đoạn văn, trích yếu, tiêu đề Phụ lục); viết thẳng nội dung.`,
    en: (p) =>
      `This field is printed as written: danvan does not fill {${p.placeholder}} here (only in paragraphs, summaries and the Phụ lục title); write the text itself.`,
  }),
  'dossier/template-not-read': define<{ file: string; names: string; suggestion?: string }>({
    severity: 'warning',
    vi: (p) =>
      `danvan không đọc tệp "${p.file}": thư mục mẫu chỉ dùng các tệp ${p.names} (đúng tên); nội dung sửa trong tệp này không vào văn bản.${didYouMean(p.suggestion, 'vi')}`,
    en: (p) =>
      `danvan does not read "${p.file}": the templates folder uses only ${p.names} (exact names); wording edited in this file does not reach the documents.${didYouMean(p.suggestion, 'en')}`,
  }),
  'dossier/template-unreadable': define<{ reason: string }>({
    severity: 'error',
    vi: (p) =>
      `Không đọc được tệp mẫu này (${{ folder: 'đây là một thư mục, không phải tệp', 'broken-link': 'liên kết trỏ tới tệp không còn', denied: 'không có quyền đọc', loop: 'liên kết vòng, trỏ lại chính nó', 'not-a-file': 'không phải tệp thường' }[p.reason] ?? p.reason}); lời văn riêng của đợt không vào được văn bản nên không văn bản nào được dựng. Sửa lại, hoặc xóa hẳn tên này để dùng lời văn có sẵn.`,
    en: (p) =>
      `This template cannot be read (${{ folder: 'it is a folder, not a file', 'broken-link': 'a link to a file that is gone', denied: 'no permission to read it', loop: 'a link that leads back to itself', 'not-a-file': 'not a regular file' }[p.reason] ?? p.reason}); the campaign's own wording cannot reach the documents, so none is drawn. Mend it, or remove the name to use the shipped wording.`,
  }),
  'dossier/plan-folder-gone': define<{ plan: string }>({
    severity: 'warning',
    vi: (p) =>
      `Không tìm thấy tệp ${p.plan} mà tệp tổng hợp được gộp từ đó, cũng như các tệp khác của đợt (thư mục của đợt đã đổi tên hay chuyển đi?), nên không tìm được mau-van-ban/ của đợt: lần này dùng lời văn có sẵn. Nếu đợt có lời văn riêng, chỉ rõ bằng --templates <thư mục>.`,
    en: (p) =>
      `The file ${p.plan} the dataset was merged from is not found, nor are the campaign's other files (was the campaign folder renamed or moved?), so the campaign's mau-van-ban/ cannot be found: the shipped wording is used this time. If the campaign has its own, name it with --templates <folder>.`,
  }),
  'dossier/stray-brace': define<{ text: string; suggestion?: string }>({
    severity: 'error',
    vi: (p) =>
      `Dấu ngoặc nhọn không thành chỗ trống trong mẫu, ở đoạn "${p.text}"; chỗ trống viết trong một cặp ngoặc, chữ thường không dấu, ví dụ {ten_don_vi}, và văn bản không in dấu ngoặc nhọn.${didYouMean(p.suggestion, 'vi')}`,
    en: (p) =>
      `Braces that are not a placeholder in the template, at "${p.text}"; a placeholder is written in one pair of braces, in lower case without marks, e.g. {ten_don_vi}, and documents print no braces.${didYouMean(p.suggestion, 'en')}`,
  }),
  'merge/unit-missing': define<Quoted & { unit: string; name: string; deadline: string; kinds: string }>({
    severity: 'warning',
    vi: (p) => `Đơn vị ${p.unit} (${p.name}) chưa nộp ${p.kinds} đã quá hạn "${p.deadline}".${quoted(p, 'vi')}`,
    en: (p) =>
      `Unit ${p.unit} (${p.name}) has not sent ${p.kinds}, past the deadline "${p.deadline}".${quoted(p, 'en')}`,
  }),
};
