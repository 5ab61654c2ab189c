import { define, didYouMean, quoted } from './define.js';
import type { Quoted } from './define.js';

const TOTALS: Record<string, { vi: string; en: string }> = {
  'tu-cham': { vi: 'Tổng tự chấm', en: 'The self-score total' },
  'cap-tren': { vi: 'Tổng cấp trên chấm', en: "The reviewer's total" },
};

/** Rubrics, score sheets and council votes. */
export const SCORE_MESSAGES = {
  'score/unknown-criterion': define<{ criterion: string; suggestion?: string }>({
    severity: 'error',
    vi: (p) => `Tiêu chí "${p.criterion}" không có trong bộ tiêu chí.${didYouMean(p.suggestion, 'vi')}`,
    en: (p) => `Criterion "${p.criterion}" is not in the rubric.${didYouMean(p.suggestion, 'en')}`,
  }),
  'score/criterion-as-number': define<{ criterion: string }>({
    severity: 'info',
    vi: (p) =>
      `Mã tiêu chí ${p.criterion} viết không có dấu nháy nên là một số; danvan đọc là "${p.criterion}". Nên viết tieu_chi: "${p.criterion}".`,
    en: (p) =>
      `Criterion ${p.criterion} is unquoted, so it is a number; danvan reads it as "${p.criterion}". Write tieu_chi: "${p.criterion}".`,
  }),
  'score/duplicate-criterion': define<{ criterion: string }>({
    severity: 'error',
    vi: (p) => `Tiêu chí "${p.criterion}" được chấm hai lần.`,
    en: (p) => `Criterion "${p.criterion}" is scored twice.`,
  }),
  'score/missing-criterion': define<{ criterion: string; name: string }>({
    severity: 'error',
    vi: (p) => `Thiếu điểm tự chấm tiêu chí ${p.criterion} (${p.name}).`,
    en: (p) => `No self-score for criterion ${p.criterion} (${p.name}).`,
  }),
  'score/invalid-points': define<{ value: string }>({
    severity: 'error',
    vi: (p) => `Điểm "${p.value}" không hợp lệ: điểm là số không âm, lẻ tối đa hai chữ số thập phân (ví dụ 4,75).`,
    en: (p) => `Points "${p.value}" are invalid: a non-negative number with at most two decimals (e.g. 4.75).`,
  }),
  'score/above-max': define<{ criterion: string; score: string; max: string }>({
    severity: 'error',
    vi: (p) => `Tiêu chí ${p.criterion} được ${p.score} điểm, vượt điểm tối đa ${p.max}.`,
    en: (p) => `Criterion ${p.criterion} scores ${p.score}, above its maximum of ${p.max}.`,
  }),
  'score/self-on-reserved': define<{ criterion: string }>({
    severity: 'warning',
    vi: (p) => `Tiêu chí ${p.criterion} dành cho cấp trên chấm; điểm tự chấm không được tính.`,
    en: (p) => `Criterion ${p.criterion} is scored by the level above; the self-score is not counted.`,
  }),
  'score/change-without-reason': define<{ criterion: string; self: string; reviewer: string }>({
    severity: 'error',
    vi: (p) =>
      `Cấp trên chấm tiêu chí ${p.criterion} là ${p.reviewer} (đơn vị tự chấm ${p.self}) mà không ghi lý do (ly_do).`,
    en: (p) =>
      `The reviewer changed criterion ${p.criterion} from ${p.self} to ${p.reviewer} without a reason (ly_do).`,
  }),
  'score/limit-exceeded': define<{ which: string; total: string; limit: string }>({
    severity: 'error',
    vi: (p) => `Tổng điểm ${p.which === 'tru' ? 'trừ' : 'thưởng'} ${p.total} vượt giới hạn ${p.limit} của bộ tiêu chí.`,
    en: (p) =>
      `Total ${p.which === 'tru' ? 'deductions' : 'bonus'} of ${p.total} exceed the rubric's limit of ${p.limit}.`,
  }),
  'score/total-mismatch': define<{ which: string; stated: string; computed: string }>({
    severity: 'error',
    vi: (p) => `${TOTALS[p.which]?.vi ?? p.which} ghi ${p.stated} nhưng cộng các dòng được ${p.computed}.`,
    en: (p) => `${TOTALS[p.which]?.en ?? p.which} says ${p.stated} but the lines add up to ${p.computed}.`,
  }),
  'score/unknown-disqualifier': define<{ id: string; suggestion?: string }>({
    severity: 'error',
    vi: (p) => `Trường hợp không đủ điều kiện "${p.id}" không có trong bộ tiêu chí.${didYouMean(p.suggestion, 'vi')}`,
    en: (p) => `Disqualifier "${p.id}" is not in the rubric.${didYouMean(p.suggestion, 'en')}`,
  }),
  'score/rubric-not-found': define<{ id: string; known: string }>({
    severity: 'error',
    vi: (p) => `Không tìm thấy bộ tiêu chí "${p.id}" (có sẵn: ${p.known}); bản chấm điểm chưa được đối chiếu.`,
    en: (p) => `Rubric "${p.id}" not found (shipped: ${p.known}); the score sheet was not checked.`,
  }),
  'score/rubric-mismatch': define<Quoted & { expected: string; actual: string }>({
    severity: 'warning',
    vi: (p) =>
      `Kế hoạch chấm theo bộ tiêu chí "${p.expected}", bản chấm điểm lại dùng "${p.actual}".${quoted(p, 'vi')}`,
    en: (p) => `The plan scores with rubric "${p.expected}", but the sheet uses "${p.actual}".${quoted(p, 'en')}`,
  }),
  'rubric/total-mismatch': define<{ stated: string; computed: string }>({
    severity: 'error',
    vi: (p) => `Tổng điểm bộ tiêu chí ghi ${p.stated} nhưng cộng điểm tối đa các tiêu chí được ${p.computed}.`,
    en: (p) => `The rubric says ${p.stated} points but its criteria add up to ${p.computed}.`,
  }),
  'rubric/duplicate-id': define<{ id: string }>({
    severity: 'error',
    vi: (p) => `Mã "${p.id}" bị trùng trong bộ tiêu chí.`,
    en: (p) => `Id "${p.id}" appears twice in the rubric.`,
  }),
  'vote/present-over-total': define<{ present: number; members: number }>({
    severity: 'error',
    vi: (p) => `Số thành viên có mặt (${p.present}) nhiều hơn tổng số thành viên hội đồng (${p.members}).`,
    en: (p) => `${p.present} members present, more than the council's ${p.members}.`,
  }),
  'vote/more-than-present': define<{ name: string; cast: number; present: number }>({
    severity: 'error',
    vi: (p) => `"${p.name}": ${p.cast} phiếu biểu quyết, nhiều hơn số thành viên có mặt (${p.present}).`,
    en: (p) => `"${p.name}": ${p.cast} votes cast, more than the ${p.present} members present.`,
  }),
  // A council may vote a nominee down: the nominee is left out of the proposal, the files are not wrong.
  'vote/below-threshold': define<
    Quoted & {
      name: string;
      yes: number;
      base: number;
      /** "77,78%" */
      share: string;
      /** "2/3" or "90%" */
      threshold: string;
      onPresent: boolean;
    }
  >({
    severity: 'warning',
    vi: (p) =>
      `"${p.name}" đạt ${p.yes}/${p.base} phiếu đồng ý (${p.share} ${p.onPresent ? 'số có mặt' : 'tổng số thành viên'}), dưới ngưỡng ${p.threshold} của kế hoạch; không đưa vào danh sách đề nghị.${quoted(p, 'vi')}`,
    en: (p) =>
      `"${p.name}" has ${p.yes}/${p.base} votes in favour (${p.share.replace(',', '.')} of ${p.onPresent ? 'members present' : 'all members'}), below the plan's ${p.threshold.replace(',', '.')}; left out of the proposal.${quoted(p, 'en')}`,
  }),
};
