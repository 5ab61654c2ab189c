import type { Lang } from '../messages/catalog.js';

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PHONE = /^[0-9+() .-]{8,20}$/;

/** Checks for init's answers (asked or given as options), the same patterns the schemas enforce. */
export const ANSWER_CHECKS = {
  unitCode: (value: string, lang: Lang): true | string =>
    UNIT_CODE.test(value.trim()) ||
    (lang === 'vi'
      ? 'Mã chỉ gồm chữ, số, dấu chấm, gạch (ví dụ 001).'
      : 'Letters, digits, dots and dashes only (e.g. 001).'),
  required: (value: string, lang: Lang): true | string =>
    value.trim().length > 0 || (lang === 'vi' ? 'Không được để trống.' : 'Cannot be empty.'),
  phone: (value: string, lang: Lang): true | string =>
    value.trim() === '' ||
    PHONE.test(value.trim()) ||
    (lang === 'vi' ? 'Số điện thoại 8–20 chữ số (ví dụ 0270 3822 123).' : '8–20 digits (e.g. 0270 3822 123).'),
};
