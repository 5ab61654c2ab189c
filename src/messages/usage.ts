import type { Lang } from './catalog.js';

export type UsageReason =
  | 'path-not-found'
  | 'no-yaml'
  | 'plan-not-found'
  | 'no-plan'
  | 'no-registry'
  | 'output-exists'
  | 'output-outside'
  | 'bad-option'
  | 'no-tty'
  | 'not-consolidation'
  | 'unknown-unit';

const MESSAGES: Record<UsageReason, Record<Lang, (detail: string) => string>> = {
  'path-not-found': {
    vi: (d) => `không tìm thấy tệp hoặc thư mục: ${d}`,
    en: (d) => `no such file or directory: ${d}`,
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
  'bad-option': { vi: (d) => `tùy chọn không hợp lệ: ${d}`, en: (d) => `invalid option: ${d}` },
  'not-consolidation': {
    vi: (d) => `${d} không phải tệp tổng hợp do danvan merge tạo ra`,
    en: (d) => `${d} is not a consolidated file written by danvan merge`,
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
  'no-tty': {
    vi: (d) => `không có màn hình tương tác để hỏi; ${d}`,
    en: (d) => `no interactive terminal to ask on; ${d}`,
  },
};

export const usageMessage = (reason: UsageReason, detail: string, lang: Lang): string => MESSAGES[reason][lang](detail);
