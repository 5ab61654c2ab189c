import { cleanInvisible } from '../io/clean-text.js';
import type { Lang } from '../messages/catalog.js';

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PHONE = /^[0-9+() .-]{8,20}$/;

/**
 * A typed answer as init writes it: NFC, invisible characters cleaned as in every file danvan reads (U+200B removed,
 * a no-break space made a space), line breaks and runs of spaces made one space, trimmed. JS trim() alone keeps
 * U+200B, so a name of only that passed the check and then failed validate.
 */
export const cleanAnswer = (value: string): string =>
  cleanInvisible(value.normalize('NFC')).text.replace(/\s+/g, ' ').trim();

/**
 * An all-digit code longer than the plan's registry codes (`--unit 0013` or `1234` where codes have 3 digits):
 * it would match no unit of the plan's registry, so init refuses it. Shorter codes are padded (padUnitCode).
 */
export const tooLongForPlan = (code: string, digits: number | undefined): boolean =>
  digits !== undefined && /^\d+$/.test(code.trim()) && code.trim().length > digits;

/** Checks for init's answers (asked or given as options), the same patterns the schemas enforce. */
export const ANSWER_CHECKS = {
  unitCode: (value: string, lang: Lang): true | string =>
    UNIT_CODE.test(value.trim()) ||
    (lang === 'vi'
      ? 'Mã chỉ gồm chữ, số, dấu chấm, gạch (ví dụ 001).'
      : 'Letters, digits, dots and dashes only (e.g. 001).'),
  required: (value: string, lang: Lang): true | string =>
    cleanAnswer(value).length > 0 || (lang === 'vi' ? 'Không được để trống.' : 'Cannot be empty.'),
  phone: (value: string, lang: Lang): true | string =>
    value.trim() === '' ||
    PHONE.test(value.trim()) ||
    (lang === 'vi' ? 'Số điện thoại 8–20 chữ số (ví dụ 0270 3822 123).' : '8–20 digits (e.g. 0270 3822 123).'),
};
