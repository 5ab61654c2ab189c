import type { IsoDate } from './dates.js';

/** "Số: 05/TTr-SNV": Nghị định 30/2020 writes numbers below 10 with a leading zero. */
export function formatDocumentNumber(number: string): string {
  const match = /^(\d+)(\/.*)?$/.exec(number.trim());
  if (!match) return number.trim();
  return `${String(Number(match[1])).padStart(2, '0')}${match[2] ?? ''}`;
}

/** "Vĩnh Long, ngày 05 tháng 12 năm 2025": a leading zero for days below 10 and for months 1 and 2. */
export function formatPlaceDate(place: string, date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${String(day).padStart(2, '0')} tháng ${monthText} năm ${year}`;
}

/** Căn cứ lines: each ends with ";", the last with "." (ND30, Phụ lục I). */
export function punctuateBases(bases: readonly string[]): string[] {
  return bases.map((base, i) => `${base.replace(/[;.,\s]+$/, '')}${i === bases.length - 1 ? '.' : ';'}`);
}

/** Replaces {placeholders} from the values; returns the text and the names it could not fill. No code runs. */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.push(name);
      return whole;
    }
    return value;
  });
  return { text, missing };
}

/** "02/4/2025" as a citation writes a date: day with a leading zero, month with one for 1 and 2 (ND30). */
export function formatCitationDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${String(day).padStart(2, '0')}/${month <= 2 ? String(month).padStart(2, '0') : month}/${year}`;
}

/** What a document needs to cite the plan it carries out. */
export interface CitedPlan {
  title: string;
  number?: string;
  issuedOn?: IsoDate;
  issuer: string;
  /** "Quyết định" when the plan is issued with a decision: number and date are then the decision's. */
  attachedTo?: string;
  /** "Kế hoạch" (default), "Công văn"… */
  documentType?: string;
}

/**
 * The plan as a document cites it. `reference` for running text ("Thực hiện {ke_hoach} của …"): "Kế hoạch ban hành
 * kèm theo Quyết định số 553/QĐ-UBND ngày 02/4/2025" or "Kế hoạch số 12/KH-UBND ngày 01/3/2025"; `basis` for the
 * căn cứ line, with its subject and issuer: "Kế hoạch phát động … ban hành kèm theo Quyết định số 553/QĐ-UBND ngày
 * 02/4/2025 của Ủy ban nhân dân tỉnh Vĩnh Long". A title that already begins with the document type is not doubled
 * ("Kế hoạch Kế hoạch …"), and its first letter is lower case mid-sentence.
 */
export function citePlan(plan: CitedPlan): { reference: string; basis: string } {
  const kind = plan.documentType ?? 'Kế hoạch';
  const bare = plan.title.replace(new RegExp(`^${kind}\\s+`, 'iu'), '').trim();
  const subject = bare.charAt(0).toLocaleLowerCase('vi') + bare.slice(1);
  const date = plan.issuedOn ? ` ngày ${formatCitationDate(plan.issuedOn)}` : '';
  if (plan.number && plan.attachedTo) {
    const attached = `ban hành kèm theo ${plan.attachedTo} số ${plan.number}${date}`;
    return { reference: `${kind} ${attached}`, basis: `${kind} ${subject} ${attached} của ${plan.issuer}` };
  }
  if (plan.number) {
    const reference = `${kind} số ${plan.number}${date}`;
    return { reference, basis: `${reference} của ${plan.issuer} về ${subject}` };
  }
  return { reference: `${kind} ${subject}`, basis: `${kind} ${subject} của ${plan.issuer}` };
}
