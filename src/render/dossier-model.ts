import type { IsoDate } from '../core/dates.js';
import { citePlan, fillTemplate, formatDocumentNumber, formatPlaceDate, punctuateBases } from '../core/nd30.js';
import type { CitedPlan } from '../core/nd30.js';
import type { Nominee } from '../core/nominees.js';
import type { DocumentModel, Signer } from './document-model.js';

/** The wording an officer edits in templates/dossier/to-trinh.yaml. */
export interface ToTrinhTemplate {
  trich_yeu: string;
  doan_van: string[];
  noi_nhan: string[];
  phu_luc: { tieu_de: string };
}

/**
 * The unit a document comes from, as every dossier model receives it: `unitName` is how the text names it ("UBND
 * huyện Long Hồ"), `issuer` how the letterhead prints it ("ỦY BAN NHÂN DÂN HUYỆN LONG HỒ"; default: unitName in
 * capitals), `governingBody` '' for none, `layout` 'party' for a Party body (Hướng dẫn 36-HD/VPTW).
 */
export interface IssuingBody {
  governingBody: string;
  unitName: string;
  issuer?: string;
  place: string;
  layout?: 'state' | 'party';
}

/** The DocumentModel header of a document from `body`; the number as written ("05/TTr-SNV", "12-BC/ĐU"). */
export function headerOf(body: IssuingBody, placeDate: string, number?: string): DocumentModel['header'] {
  return {
    governingBody: upper(body.governingBody),
    issuer: upper(body.issuer ?? body.unitName),
    ...(number ? { number } : {}),
    placeDate,
    ...(body.layout === 'party' ? { layout: 'party' as const } : {}),
  };
}

export interface ToTrinhInput extends IssuingBody {
  number: string;
  date: IsoDate;
  recipients: string[];
  bases: string[];
  award: string;
  plan: CitedPlan;
  year: number;
  signer: { name: string; title?: string; authority?: string; rank?: string };
  nominees: Nominee[];
  /** The receiving body's summary: one more column naming each nominee's unit, and {so_don_vi}. */
  unitNameOf?: (code: string) => string;
}

export interface ModelResult {
  model: DocumentModel;
  /** Placeholders the template names but danvan cannot fill. */
  missing: string[];
}

export const upper = (text: string) => text.toLocaleUpperCase('vi');

/** Room left before "/TTr-SNV" in a number the office writes by hand after signing: eight no-break spaces. */
export const UNNUMBERED = '\u00a0'.repeat(8);

export function buildToTrinh(input: ToTrinhInput, template: ToTrinhTemplate): ModelResult {
  const collectives = input.nominees.filter((n) => n.subject === 'tap-the');
  const people = input.nominees.filter((n) => n.subject === 'ca-nhan');
  const count = (n: number) => String(n).padStart(2, '0');
  const values: Record<string, string> = {
    ten_don_vi: input.unitName,
    nam: String(input.year),
    hinh_thuc: input.award,
    hinh_thuc_in_hoa: upper(input.award),
    ke_hoach: citePlan(input.plan).reference,
    co_quan_ban_hanh: input.plan.issuer,
    kinh_gui: input.recipients.join(', '),
    so_tap_the: count(collectives.length),
    so_ca_nhan: count(people.length),
    so_don_vi: count(new Set(input.nominees.map((n) => n.unit)).size),
  };
  const missing: string[] = [];
  const fill = (text: string) => {
    const filled = fillTemplate(text, values);
    missing.push(...filled.missing);
    return filled.text.replace(/\s+/g, ' ').trim();
  };
  // A number still to be given ("/TTr-SNV") keeps room for the hand-written figure, in non-breaking spaces.
  const number = input.number.startsWith('/') ? `${UNNUMBERED}${input.number}` : formatDocumentNumber(input.number);
  const placeDate = formatPlaceDate(input.place, input.date);
  const unitOf = input.unitNameOf;
  // "Chức vụ, đơn vị": a person's post and workplace; a collective's unit (the one proposing it).
  const row = (n: Nominee, i: number) => [
    String(i + 1),
    n.name,
    n.subject === 'tap-the'
      ? (n.workplace ?? (unitOf ? unitOf(n.unit) : input.unitName))
      : [n.position, n.workplace].filter(Boolean).join(', '),
    ...(unitOf ? [unitOf(n.unit)] : []),
    n.achievement ?? '',
    ...(unitOf ? [n.vote ? `${n.vote.yes}/${n.vote.base}` : 'chưa có'] : [input.award]),
    n.note ?? '',
  ];
  // Collectives and individuals in their own groups, each numbered from 1 (as award lists are).
  const groups = [
    { title: 'I. TẬP THỂ', rows: collectives.map(row) },
    { title: `${collectives.length > 0 ? 'II' : 'I'}. CÁ NHÂN`, rows: people.map(row) },
  ].filter((g) => g.rows.length > 0);
  const rows = groups.flatMap((g) => g.rows);
  return {
    model: {
      header: headerOf(input, placeDate, number),
      title: 'TỜ TRÌNH',
      summary: fill(template.trich_yeu),
      recipients: input.recipients,
      blocks: [
        ...punctuateBases(input.bases).map((base) => ({
          kind: 'paragraph' as const,
          text: `Căn cứ ${base.replace(/^Căn cứ\s+/i, '')}`,
          italic: true,
        })),
        ...template.doan_van.map((text) => ({ kind: 'paragraph' as const, text: fill(text) })),
      ],
      receivers: receiverLines(input.recipients, template.noi_nhan),
      signers: [signerLines(input.signer)],
      appendix: {
        title: fill(template.phu_luc.tieu_de),
        subtitle: `(Kèm theo Tờ trình số ${number} ${placeDate.slice(placeDate.indexOf('ngày'))} của ${input.unitName})`,
        columns: unitOf
          ? [
              { header: 'STT', width: 0.05, align: 'center' },
              { header: 'Tên tập thể, cá nhân', width: 0.19 },
              { header: 'Chức vụ, đơn vị', width: 0.17 },
              { header: 'Đơn vị đề nghị', width: 0.15 },
              { header: 'Tóm tắt thành tích', width: 0.27 },
              { header: 'Biểu quyết', width: 0.09, align: 'center' },
              { header: 'Ghi chú', width: 0.08 },
            ]
          : [
              { header: 'STT', width: 0.06, align: 'center' },
              { header: 'Tên tập thể, cá nhân', width: 0.22 },
              { header: 'Chức vụ, đơn vị', width: 0.2 },
              { header: 'Tóm tắt thành tích', width: 0.3 },
              { header: 'Hình thức khen thưởng', width: 0.14 },
              { header: 'Ghi chú', width: 0.08 },
            ],
        rows,
        groups,
      },
    },
    missing,
  };
}

/**
 * "Nơi nhận": the template's lines ("Như trên", "Lưu: VT"); "Như trên" stands for the addressees of "Kính gửi", so
 * they are listed by name only when the template has no "Như trên" (ND30, Phụ lục I). Only text lines count.
 */
export function receiverLines(recipients: readonly string[], extra: readonly unknown[]): string[] {
  const own = extra.filter((line): line is string => typeof line === 'string');
  const coversAddressees = own.some((line) => /^như trên\b/i.test(line.trim()));
  const lines = [...(coversAddressees ? [] : recipients), ...own];
  return lines.map((line, i) => `- ${line}${i === lines.length - 1 ? '.' : ';'}`);
}

// "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"; a head signing in person has one line ("GIÁM ĐỐC"), not the same line twice.
export function signerLines(signer: ToTrinhInput['signer']): Signer {
  const authority = signer.authority ? upper(signer.authority) : undefined;
  const title = upper(signer.title ?? '');
  const rank = signer.rank ? { rank: signer.rank } : {};
  return authority && authority !== title
    ? { authority, title, ...rank, name: signer.name }
    : { title: authority ?? title, ...rank, name: signer.name };
}
