import type { Lang } from './catalog.js';

export type UsageReason =
  | 'path-not-found'
  | 'templates-not-folder'
  | 'templates-folder-is-campaign'
  | 'templates-folder-empty'
  | 'no-yaml'
  | 'plan-not-found'
  | 'no-plan'
  | 'no-registry'
  | 'output-exists'
  | 'output-outside'
  | 'output-is-folder'
  | 'output-not-folder'
  | 'output-no-permission'
  | 'output-no-space'
  | 'output-is-input'
  | 'output-wrong-extension'
  | 'output-failed'
  | 'file-system'
  | 'bad-option'
  | 'no-tty'
  | 'not-consolidation'
  | 'consolidation-modified'
  | 'unknown-unit'
  | 'input-not-dataset'
  | 'input-not-inbox'
  | 'input-not-form'
  | 'no-forms'
  | 'no-submissions'
  | 'unit-type'
  | 'empty-unit-name'
  | 'unit-code-width'
  | 'report-period-not-in-plan'
  | 'report-year-out-of-plan';

const MESSAGES: Record<UsageReason, Record<Lang, (detail: string) => string>> = {
  'path-not-found': {
    vi: (d) => `không tìm thấy tệp hoặc thư mục: ${d}`,
    en: (d) => `no such file or directory: ${d}`,
  },
  'templates-not-folder': {
    vi: (d) => `cần một thư mục mẫu lời văn (chứa các tệp .yaml), không phải một tệp: ${d}`,
    en: (d) => `a folder of wording templates (.yaml files) is needed, not a file: ${d}`,
  },
  'templates-folder-is-campaign': {
    vi: (d) =>
      `--templates chỉ tới thư mục của đợt, không có tệp mẫu nào; các mẫu nằm trong thư mục con: ${d} (dùng --templates ${d})`,
    en: (d) =>
      `--templates names the campaign's folder, which holds no template; the templates are in its subfolder: ${d} (use --templates ${d})`,
  },
  'templates-folder-empty': {
    vi: (d) =>
      `--templates chỉ tới thư mục không có tệp mẫu nào (to-trinh.yaml, bien-ban.yaml, …), nên lời văn có sẵn sẽ vào văn bản dưới tên lời văn của đợt: ${d}. Chép mẫu vào đó bằng danvan templates, hoặc bỏ --templates`,
    en: (d) =>
      `--templates names a folder with no template in it (to-trinh.yaml, bien-ban.yaml, …), so the shipped wording would go in under the campaign's name: ${d}. Copy the templates there with danvan templates, or leave --templates out`,
  },
  'no-yaml': {
    vi: (d) => `không có tệp YAML (.yaml, .yml) nào để kiểm tra trong: ${d}`,
    en: (d) => `no YAML file (.yaml, .yml) to check in: ${d}`,
  },
  'plan-not-found': {
    vi: (d) => `không tìm thấy kế hoạch (tệp hoặc mã kế hoạch có sẵn): ${d}`,
    en: (d) => `no such plan (file or shipped plan id): ${d}`,
  },
  'no-plan': {
    vi: (d) => `lệnh ${d} cần một kế hoạch hợp lệ: thêm --plan <tệp hoặc mã> hoặc đặt tệp kế hoạch trong các đường dẫn`,
    en: (d) => `${d} needs a valid plan: add --plan <file or id> or include a plan file in the paths`,
  },
  'report-period-not-in-plan': {
    vi: (d) => reportPeriodMessage(d, 'vi'),
    en: (d) => reportPeriodMessage(d, 'en'),
  },
  'report-year-out-of-plan': {
    vi: (d) => reportYearMessage(d, 'vi'),
    en: (d) => reportYearMessage(d, 'en'),
  },
  'no-registry': {
    vi: (d) => `lệnh ${d} cần danh mục đơn vị (loai: danh-muc-don-vi) trong các đường dẫn`,
    en: (d) => `${d} needs a unit registry (loai: danh-muc-don-vi) among the paths`,
  },
  'output-exists': {
    vi: (d) => `tệp ${d} đã có; thêm --force để ghi đè`,
    en: (d) => `${d} already exists; add --force to overwrite it`,
  },
  'output-outside': {
    vi: (d) => `từ chối ghi ${d}: tên tệp ra ngoài thư mục kết quả hoặc không hợp lệ trên Windows`,
    en: (d) => `refusing to write ${d}: the name leaves the output folder or is not valid on Windows`,
  },
  // detail: the folder, then U+0000 and a file name the command would write (may be empty).
  'output-is-folder': {
    vi: (d) => {
      const [folder, example] = d.split('\u0000');
      return `${folder} là một thư mục; hãy cho một tên tệp${example ? `, ví dụ ${folder}/${example}` : ''}`;
    },
    en: (d) => {
      const [folder, example] = d.split('\u0000');
      return `${folder} is a folder; give a file name${example ? `, for example ${folder}/${example}` : ''}`;
    },
  },
  'output-wrong-extension': {
    vi: (d) => `${d}: tên tệp có đuôi của loại tệp khác, máy sẽ mở nhầm chương trình; đặt tên có đuôi như trong ngoặc`,
    en: (d) =>
      `${d}: the name ends in another kind of file's extension and would open in the wrong program; use the extension in brackets`,
  },
  'output-not-folder': {
    vi: (d) => `không ghi được vào ${d}: đường dẫn này (hoặc một phần của nó) là một tệp, không phải thư mục`,
    en: (d) => `cannot write into ${d}: it (or part of it) is a file, not a folder`,
  },
  'output-no-permission': {
    vi: (d) => `không có quyền ghi vào ${d}; chọn thư mục khác`,
    en: (d) => `no permission to write ${d}; choose another folder`,
  },
  'output-no-space': {
    vi: (d) => `ổ đĩa đã đầy, không ghi được ${d}; không có tệp nào bị ghi dở`,
    en: (d) => `the disk is full, could not write ${d}; no file was left half-written`,
  },
  'output-is-input': {
    vi: (d) => `${d} là tệp đầu vào của lệnh này; danvan không ghi đè đầu vào, hãy chọn tên khác`,
    en: (d) => `${d} is one of this command's inputs; danvan never overwrites its inputs, choose another name`,
  },
  'output-failed': {
    vi: (d) => `không ghi được ${d}`,
    en: (d) => `could not write ${d}`,
  },
  // A file-system error no command foresaw (detail: "path (CODE)"): located, never a stack trace.
  'file-system': {
    vi: (d) => `không đọc hoặc ghi được ${d}; kiểm tra đường dẫn (tệp hay thư mục, có tồn tại, có quyền)`,
    en: (d) => `could not read or write ${d}; check the path (file or folder, exists, permissions)`,
  },
  'bad-option': { vi: (d) => `tùy chọn không hợp lệ: ${d}`, en: (d) => `invalid option: ${d}` },
  'consolidation-modified': {
    vi: (d) =>
      `tệp tổng hợp đã bị sửa hoặc hỏng sau khi danvan merge ghi ra (mã kiểm tra không khớp): ${d}. Hãy sửa tệp nộp của đơn vị rồi chạy lại danvan merge, để các kiểm tra (biểu quyết, hạn nộp, chỉ tiêu) được chạy lại`,
    en: (d) =>
      `the consolidated file was edited or damaged after danvan merge wrote it (its checksum does not match): ${d}. Correct the unit's submission and run danvan merge again, so that its checks (votes, deadlines, quotas) run again`,
  },
  'not-consolidation': {
    vi: (d) =>
      `${d} không phải tệp tổng hợp do danvan merge tạo ra; chạy trước: danvan merge <hộp thư> --out tong-hop.json`,
    en: (d) =>
      `${d} is not a consolidated file written by danvan merge; first run: danvan merge <inbox> --out tong-hop.json`,
  },
  'input-not-dataset': {
    vi: (d) =>
      `${d} không đọc được ở đây: lệnh này cần tệp tổng hợp .json hoặc hộp thư hồ sơ YAML; tạo tệp tổng hợp bằng: danvan merge <hộp thư> --out tong-hop.json`,
    en: (d) =>
      `${d} cannot be read here: this command takes a consolidated .json or an inbox of YAML files; make the .json with: danvan merge <inbox> --out tong-hop.json`,
  },
  'input-not-inbox': {
    vi: (d) =>
      `${d} không đọc được ở đây: danvan merge đọc hồ sơ YAML (.yaml, .yml), thư mục chứa chúng, hoặc tệp tổng hợp .json của lần gộp trước`,
    en: (d) =>
      `${d} cannot be read here: danvan merge reads YAML submissions (.yaml, .yml), folders of them, or a previous consolidated .json`,
  },
  'input-not-form': {
    vi: (d) =>
      `${d} không phải biểu mẫu Excel (.xlsx): danvan import chỉ chuyển biểu mẫu do danvan form tạo; tệp YAML dùng ngay được với danvan validate và merge, tệp tổng hợp .json dùng với danvan excel, dossier, report`,
    en: (d) =>
      `${d} is not an Excel form (.xlsx): danvan import converts only forms made by danvan form; YAML files work as they are with danvan validate and merge, a consolidated .json with danvan excel, dossier, report`,
  },
  'no-forms': {
    vi: (d) => `không có biểu mẫu Excel (.xlsx) nào để chuyển trong: ${d}; tạo biểu mẫu bằng danvan form`,
    en: (d) => `no Excel form (.xlsx) to convert in: ${d}; make forms with danvan form`,
  },
  'no-submissions': {
    vi: (d) =>
      `không có hồ sơ nào của đơn vị (đăng ký, báo cáo, chấm điểm, biên bản, đề nghị khen thưởng) trong: ${d}; kế hoạch và danh mục đơn vị thôi thì chưa có gì để tổng hợp`,
    en: (d) =>
      `no unit submission (registration, report, score sheet, minutes, award proposal) in: ${d}; a plan and a unit registry alone give nothing to summarise`,
  },
  // detail: codes separated by U+0001, each "code U+0000 nearest codes".
  'unknown-unit': {
    vi: (d) =>
      d
        .split('\u0001')
        .map((entry) => {
          const [code, near] = entry.split('\u0000');
          return `--unit ${code}: không có đơn vị mã "${code}" trong danh mục${near ? `; mã gần nhất: ${near}` : ''}`;
        })
        .join('; '),
    en: (d) =>
      d
        .split('\u0001')
        .map((entry) => {
          const [code, near] = entry.split('\u0000');
          return `--unit ${code}: no unit coded "${code}" in the registry${near ? `; nearest: ${near}` : ''}`;
        })
        .join('; '),
  },
  // detail: JSON { plan, given?, choices: [{ type, category, quotas: { 'tap-the'?: { mode, count }, … } }] }.
  'unit-type': {
    vi: (d) => unitTypeMessage(d, 'vi'),
    en: (d) => unitTypeMessage(d, 'en'),
  },
  'empty-unit-name': {
    vi: (d) => `--unit-name ${d} chỉ có khoảng trắng hoặc ký tự ẩn; hãy gõ tên đơn vị`,
    en: (d) => `--unit-name ${d} holds only spaces or invisible characters; type the unit's name`,
  },
  // detail: code U+0000 digits U+0000 plan id.
  'unit-code-width': {
    vi: (d) => {
      const [code, digits, plan] = d.split('\u0000');
      return `mã đơn vị ${code} dài hơn mã trong danh mục của kế hoạch ${plan} (${digits} chữ số, ví dụ ${'1'.padStart(Number(digits), '0')}); không đơn vị nào trong danh mục khớp mã này`;
    },
    en: (d) => {
      const [code, digits, plan] = d.split('\u0000');
      return `unit code ${code} is longer than the codes of plan ${plan}'s registry (${digits} digits, e.g. ${'1'.padStart(Number(digits), '0')}); no unit of the registry would match it`;
    },
  },
  'no-tty': {
    vi: (d) => `không có màn hình tương tác để hỏi; ${d}`,
    en: (d) => `no interactive terminal to ask on; ${d}`,
  },
};

interface UnitTypeDetail {
  plan: string;
  given?: string;
  choices: { type: string; category: string; quotas: Record<string, { mode: string; count: number }> }[];
}

const QUOTA_WORDS = {
  vi: { dung: 'đúng', 'toi-thieu': 'ít nhất', 'toi-da': 'tối đa', 'tap-the': 'tập thể', 'ca-nhan': 'cá nhân' },
  en: {
    dung: 'exactly',
    'toi-thieu': 'at least',
    'toi-da': 'at most',
    'tap-the': 'collectives',
    'ca-nhan': 'individuals',
  },
} as const;

/** "đúng 2 tập thể, đúng 4 cá nhân": a category's quotas, as init shows them beside each unit type. */
export function quotaSummary(
  quotas: Readonly<Record<string, { mode: string; count: number } | undefined>>,
  lang: Lang,
): string {
  const words: Record<string, string> = QUOTA_WORDS[lang];
  return Object.entries(quotas)
    .flatMap(([subject, q]) => (q ? [[subject, q] as const] : []))
    .map(([subject, q]) => `${words[q.mode] ?? q.mode} ${q.count} ${words[subject] ?? subject}`)
    .join(', ');
}

// "--unit-type <loại>" is missing or not the plan's: every type the plan offers, its category and quota, one a line.
function unitTypeMessage(detail: string, lang: Lang): string {
  const { plan, given, choices } = JSON.parse(detail) as UnitTypeDetail;
  const width = Math.max(...choices.map((c) => c.type.length));
  const lines = choices.map(({ type, category, quotas }) => {
    const quota = quotaSummary(quotas, lang);
    return `\n  ${type.padEnd(width)}  ${category}${quota ? ` (${quota})` : ''}`;
  });
  const head =
    lang === 'vi'
      ? given === undefined
        ? `thiếu --unit-type: kế hoạch ${plan} đặt chỉ tiêu theo loại đơn vị; chọn một loại`
        : `--unit-type ${given}: kế hoạch ${plan} không có loại đơn vị này; chọn một loại`
      : given === undefined
        ? `missing --unit-type: plan ${plan} sets quotas by unit type; choose one`
        : `--unit-type ${given}: plan ${plan} has no such unit type; choose one`;
  return `${head}:${lines.join('')}`;
}

const PERIOD_NAMES: Record<Lang, Record<string, string>> = {
  vi: { '6-thang': '6 tháng', 'ca-nam': 'năm' },
  en: { '6-thang': '6-month', 'ca-nam': 'yearly' },
};

/** Detail: JSON `{ period, periods }`, the period asked for and those the plan has. */
function reportPeriodMessage(detail: string, lang: Lang): string {
  const { period, periods } = JSON.parse(detail) as { period: string; periods: string[] };
  const name = (id: string) => PERIOD_NAMES[lang][id] ?? id;
  const has = periods.map(name).join(', ');
  return lang === 'vi'
    ? `kế hoạch không có kỳ báo cáo ${name(period)} (chỉ có: ${has})`
    : `the plan has no ${name(period)} report (only: ${has})`;
}

/** Detail: JSON `{ year, first, last }`, the year asked for and the plan's years. */
function reportYearMessage(detail: string, lang: Lang): string {
  const { year, first, last } = JSON.parse(detail) as { year: number; first: number; last: number };
  const span = first === last ? String(first) : `${first}–${last}`;
  return lang === 'vi'
    ? `năm ${year} ngoài thời gian của kế hoạch ${span}`
    : `year ${year} is outside the plan's years ${span}`;
}

export const usageMessage = (reason: UsageReason, detail: string, lang: Lang): string => MESSAGES[reason][lang](detail);

/** The banner above the stack trace of a bug (exit 2), in the run's language. */
export const unexpectedErrorBanner = (lang: Lang): string =>
  lang === 'en'
    ? 'unexpected error; please report it to the developers with the text below.'
    : 'lỗi không mong đợi, vui lòng báo cho nhóm phát triển kèm nội dung dưới đây.';
