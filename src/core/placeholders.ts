import type { Finding } from '../messages/catalog.js';
import { forEachText } from './text-values.js';

/** What `danvan init` appends to every sample value the officer must replace ("Tên mô hình 1 (sửa lại)"). */
export const PLACEHOLDER_MARK = '(sửa lại)';

/** A sample value for init to write: the label with the mark validate recognises. */
export const placeholderText = (label: string): string => `${label} ${PLACEHOLDER_MARK}`;

// The mark, plus the samples older versions of init wrote ("Tên mô hình 1 (thay bằng tên thật)", "Họ và tên cá
// nhân 1", "Chức vụ"): folders made before this check still carry them.
const PLACEHOLDER = /\((?:sửa lại|thay bằng tên thật)\)\s*$|^Họ và tên cá nhân \d+$|^Chức vụ$/u;

/** True for a sample value init wrote and nobody has replaced yet. */
export const isPlaceholder = (value: string): boolean => PLACEHOLDER.test(value.trim());

/**
 * Every text value still holding an init sample, as a `text/placeholder` warning at its pointer (so the officer
 * sees each place left to fill before the file goes out). `data` is the parsed YAML; the whole document is walked.
 */
export function findPlaceholders(file: string, data: unknown): Finding[] {
  const findings: Finding[] = [];
  forEachText(data, (value, pointer) => {
    if (isPlaceholder(value)) findings.push({ ruleId: 'text/placeholder', params: { value }, at: { file, pointer } });
  });
  return findings;
}
