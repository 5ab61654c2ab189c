import type { Lang } from './catalog.js';

type UsageReason = 'path-not-found' | 'output-exists' | 'bad-option' | 'no-tty';

const MESSAGES: Record<UsageReason, Record<Lang, (detail: string) => string>> = {
  'path-not-found': {
    vi: (d) => `không tìm thấy tệp hoặc thư mục: ${d}`,
    en: (d) => `no such file or directory: ${d}`,
  },
  'output-exists': {
    vi: (d) => `tệp ${d} đã có; thêm --force để ghi đè`,
    en: (d) => `${d} already exists; add --force to overwrite it`,
  },
  'bad-option': { vi: (d) => `tùy chọn không hợp lệ: ${d}`, en: (d) => `invalid option: ${d}` },
  'no-tty': {
    vi: (d) => `không có màn hình tương tác để hỏi; ${d}`,
    en: (d) => `no interactive terminal to ask on; ${d}`,
  },
};

export const usageMessage = (reason: UsageReason, detail: string, lang: Lang): string => MESSAGES[reason][lang](detail);
