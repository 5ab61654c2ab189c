import type { XlsxCell } from '../io/read-xlsx.js';
import type { Choice, FormField } from './form-model.js';

/** What one cell becomes in the data tree, and what to tell the unit about it. */
export interface CellReading {
  value?: unknown;
  notes: (
    | { ruleId: 'form/formula'; value: string }
    | { ruleId: 'form/code-as-number'; typed: string; code: string }
    | { ruleId: 'form/cell-error'; error: string }
  )[];
}

const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
const TRUE = new Set(['có', 'x', 'true', 'đúng', 'yes']);
const FALSE = new Set(['không', 'false', 'sai', 'no']);
// Excel's day 0 is 30/12/1899 (after its 1900 leap-year bug, which exceljs shares).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const dmy = (date: Date) =>
  `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;

/**
 * A cell's value as the YAML format expects it: NFC text, codes as text (a number typed for a code is matched to the
 * code it stands for, 13 → "013"), names from a drop-down mapped back to their codes, dates as dd/MM/yyyy. A value
 * that does not fit is passed on as typed, so the schema reports it with the same rule and message as in YAML.
 */
export function readCell(
  cell: XlsxCell | undefined,
  field: FormField,
  choices: readonly Choice[] | undefined,
): CellReading {
  const notes: CellReading['notes'] = [];
  if (!cell) return { notes };
  if (cell.error !== undefined) return { notes: [{ ruleId: 'form/cell-error', error: cell.error }] };
  const raw = cell.value;
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return { notes };
  if (cell.formula) notes.push({ ruleId: 'form/formula', value: raw instanceof Date ? dmy(raw) : String(raw) });
  return { value: convert(raw, field, choices, notes), notes };
}

function convert(
  raw: string | number | boolean | Date,
  field: FormField,
  choices: readonly Choice[] | undefined,
  notes: CellReading['notes'],
): unknown {
  if (choices && choices.length > 0) {
    if (typeof raw === 'number') {
      const code = choices.find((c) => /^\d+$/.test(c.id) && Number(c.id) === raw)?.id;
      if (code !== undefined && code !== String(raw))
        notes.push({ ruleId: 'form/code-as-number', typed: String(raw), code });
      return code ?? String(raw);
    }
    const text = String(raw).normalize('NFC').trim();
    const match = choices.find((c) => fold(c.name) === fold(text) || c.id === text);
    return match ? match.id : text;
  }
  switch (field.type) {
    case 'integer':
      return typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw instanceof Date ? dmy(raw) : raw;
    case 'number':
      return raw instanceof Date ? dmy(raw) : typeof raw === 'string' ? raw.normalize('NFC').trim() : raw;
    case 'date':
      if (raw instanceof Date) return dmy(raw);
      if (typeof raw === 'number') return dmy(new Date(EXCEL_EPOCH + raw * 86_400_000));
      return String(raw).normalize('NFC').trim();
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      return TRUE.has(fold(String(raw))) ? true : FALSE.has(fold(String(raw))) ? false : String(raw);
    case 'list':
      return String(raw)
        .split(/[;\n]/)
        .map((part) => part.normalize('NFC').trim())
        .filter(Boolean);
    default:
      return raw instanceof Date ? dmy(raw) : String(raw).normalize('NFC').trim();
  }
}
