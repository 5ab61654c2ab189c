import type { Consolidation } from '../core/consolidation.js';
import type { IsoDate } from '../core/dates.js';
import { formatDocumentNumber, formatPlaceDate } from '../core/nd30.js';
import { splitPartyBody } from '../core/party-bodies.js';
import type { ReviewOutcome } from '../core/period-summary.js';
import { buildSheets } from './workbook-sheets.js';

/**
 * How a column's cells are typed and shown: exceljs only draws what this decides.
 * `code` never wraps (codes, short labels); every other text column wraps so that nothing is cut when printed.
 */
export type ColumnKind = 'code' | 'wrap' | 'int' | 'points' | 'percent' | 'date';

export interface Column {
  header: string;
  /** Excel width units (characters of the default font); the sheet is scaled to the page width when printed. */
  width: number;
  kind: ColumnKind;
}

/** A date cell: written as a real Excel date (UTC), shown dd/mm/yyyy. */
export interface DateCell {
  date: IsoDate;
}

export type Cell = string | number | DateCell | null;

export interface SheetModel {
  name: string;
  /** The sheet's own heading, printed in capitals under the title block. */
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** A last row "Tổng cộng" with SUM formulas over these column indexes: only where a sum means something. */
  sumColumns?: number[];
  /** Printed in the table when it has no rows, so an empty sheet says so instead of looking broken. */
  emptyText: string;
}

/** The administrative title block every sheet starts with (Nghị định 30/2020 for state bodies, HD 36 for Party). */
export interface WorkbookHeading {
  /** Upper line on the left: the body above the one that drew up the table. */
  governingBody?: string;
  /** The body that drew up the table (in capitals, bold). */
  body: string;
  /** Right-hand block: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or "ĐẢNG CỘNG SẢN VIỆT NAM". */
  motto: string[];
  placeDate: string;
  /** "(Thực hiện Kế hoạch số …: …)" */
  planLine?: string;
  period: string;
}

export interface SignatureBox {
  title: string;
  note: string;
  name: string;
}

/** Who prepares and who signs the printed summary; names come from the command's options. */
export interface SignatureOptions {
  preparedBy?: string;
  signer?: string;
  signerTitle?: string;
}

export interface WorkbookModel {
  title: string;
  heading: WorkbookHeading;
  signatures: [SignatureBox, SignatureBox];
  sheets: SheetModel[];
}

const STATE_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const PARTY_MOTTO = ['ĐẢNG CỘNG SẢN VIỆT NAM'];
const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * Every sheet an officer prints and sends on, from the consolidated dataset; rows in Vietnamese order. The review
 * outcomes are named as the consolidated report's template names them (templates/dossier/bao-cao-tong-hop.yaml).
 */
export function buildWorkbookModel(
  c: Consolidation,
  outcomeNames: Record<ReviewOutcome, string>,
  signatures: SignatureOptions = {},
): WorkbookModel {
  return {
    title: c.plan ? `Tổng hợp ${c.plan.title}` : 'Tổng hợp hồ sơ "Dân vận khéo"',
    heading: buildHeading(c),
    signatures: [
      { title: 'NGƯỜI LẬP BIỂU', note: '(Ký, ghi rõ họ tên)', name: signatures.preparedBy ?? '' },
      {
        title: upper(signatures.signerTitle ?? 'Thủ trưởng đơn vị'),
        note: '(Ký, ghi rõ họ tên, đóng dấu)',
        name: signatures.signer ?? '',
      },
    ],
    sheets: buildSheets(c, outcomeNames),
  };
}

// The table is drawn up by the body that receives the submissions (co_quan_tiep_nhan) under the plan's issuer; a
// plan without a receiving body is summarised by its issuer under the governing body.
/** The title block of every sheet drawn from this dataset (the summary, the consolidated report's tables). */
export function buildHeading(c: Consolidation): WorkbookHeading {
  const plan = c.plan;
  const place = plan?.place ?? '';
  const placeDate = place ? formatPlaceDate(place, c.today) : formatPlaceDate('', c.today).replace(/^, n/, 'N');
  if (!plan) return { body: '', motto: STATE_MOTTO, placeDate, period: `Ngày lập: ${dmy(c.today)}` };
  const above = plan.receiver ? plan.issuer : plan.governingBody;
  const fullName = plan.receiver ?? plan.issuer;
  const party = /^(ĐẢNG|BAN|CHI BỘ)|Đảng/u.test(`${above ?? ''} ${fullName}`);
  // HD36: a Ban prints the committee it serves above its own name (core/party-bodies.ts).
  const ban = party ? splitPartyBody(fullName) : undefined;
  const governing = ban?.superior ?? above;
  const body = ban?.body ?? fullName;
  const number = plan.number ? ` số ${formatDocumentNumber(plan.number)}` : '';
  const issued = plan.issuedOn ? ` ngày ${dmy(plan.issuedOn)}` : '';
  return {
    ...(governing ? { governingBody: upper(governing) } : {}),
    body: upper(body),
    motto: party ? PARTY_MOTTO : STATE_MOTTO,
    placeDate,
    planLine: `(Thực hiện Kế hoạch${number}${issued} của ${plan.issuer}: ${plan.title})`,
    period:
      plan.firstYear === plan.lastYear ? `Năm ${plan.firstYear}` : `Giai đoạn ${plan.firstYear} - ${plan.lastYear}`,
  };
}

const dmy = (date: IsoDate) => date.split('-').reverse().join('/');
