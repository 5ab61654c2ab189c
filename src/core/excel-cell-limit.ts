import type { Finding } from '../messages/catalog.js';
import { forEachText } from './text-values.js';

/** Excel holds at most 32,767 characters in a cell (Microsoft, "Excel specifications and limits"). */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * Every text value longer than an Excel cell holds, as a `text/too-long-for-excel` warning at its pointer: the
 * summary workbook would have to shorten it. Walks the whole document; `data` is the parsed YAML.
 */
export function findTextsTooLongForExcel(file: string, data: unknown): Finding[] {
  const findings: Finding[] = [];
  forEachText(data, (value, pointer) => {
    if (value.length > EXCEL_CELL_LIMIT)
      findings.push({
        ruleId: 'text/too-long-for-excel',
        params: { length: value.length, limit: EXCEL_CELL_LIMIT },
        at: { file, pointer },
      });
  });
  return findings;
}
