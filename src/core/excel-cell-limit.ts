import type { Finding } from '../messages/catalog.js';

/** Excel holds at most 32,767 characters in a cell (Microsoft, "Excel specifications and limits"). */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * Every text value longer than an Excel cell holds, as a `text/too-long-for-excel` warning at its pointer: the
 * summary workbook would have to shorten it. Walks the whole document; `data` is the parsed YAML.
 */
export function findTextsTooLongForExcel(file: string, data: unknown): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, pointer: string): void => {
    if (typeof value === 'string') {
      if (value.length > EXCEL_CELL_LIMIT)
        findings.push({
          ruleId: 'text/too-long-for-excel',
          params: { length: value.length, limit: EXCEL_CELL_LIMIT },
          at: { file, pointer },
        });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${pointer}/${i}`));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value))
        walk(item, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  };
  walk(data, '');
  return findings;
}
