import type { Lang } from './catalog.js';

const KIND_LABELS: Record<string, { vi: string; en: string }> = {
  'ke-hoach': { vi: 'kế hoạch', en: 'plan' },
  'danh-muc-don-vi': { vi: 'danh mục đơn vị', en: 'unit registry' },
  'bo-tieu-chi': { vi: 'bộ tiêu chí', en: 'rubric' },
  'dang-ky': { vi: 'bản đăng ký', en: 'registration' },
  'bao-cao': { vi: 'báo cáo', en: 'report' },
  'cham-diem': { vi: 'bản chấm điểm', en: 'score sheet' },
  'bien-ban': { vi: 'biên bản họp bình xét', en: 'meeting record' },
  'de-nghi-khen-thuong': { vi: 'đề nghị khen thưởng', en: 'award proposal' },
};

export const kindLabel = (kind: string, lang: Lang): string => KIND_LABELS[kind]?.[lang] ?? kind;
