/** An ND30 document as content, decided purely; render/pdf.ts only lays it out. */
export interface DocumentModel {
  /**
   * The letterhead. layout 'state' (default): Nghị định 30/2020 (Quốc hiệu and Tiêu ngữ on the right; governing body
   * over issuing body on the left; "Số: 05/TTr-SNV"). layout 'party': Hướng dẫn 36-HD/VPTW (ĐẢNG CỘNG SẢN VIỆT NAM on
   * the right; superior committee in governingBody, issuing body, "*", then "Số 12-BC/ĐU" on the left).
   */
  header: {
    /** '' prints no governing line (a body with no cơ quan chủ quản, e.g. a district People's Committee). */
    governingBody: string;
    issuer: string;
    /**
     * As printed after "Số: " (state) or "Số " (party): "05/TTr-SNV", "12-BC/ĐU". A number the office writes by hand
     * after signing starts with no-break spaces before the slash ("        /TTr-SNV"); renderers keep them.
     */
    number?: string;
    placeDate: string;
    layout?: 'state' | 'party';
  };
  /** "TỜ TRÌNH", "BIÊN BẢN", "BẢN CHẤM ĐIỂM"… */
  title: string;
  summary?: string;
  recipients?: string[];
  blocks: Block[];
  /** "Nơi nhận" lines under the left signature column, if any. */
  receivers?: string[];
  /**
   * One signer on the right, or two (Biên bản: THƯ KÝ left, CHỦ TRÌ right). Every renderer keeps the signature block
   * and Nơi nhận on the page of the last block (ND30: never alone on a page; .docx: keep-with-next on it).
   */
  signers: Signer[];
  appendix?: TableAppendix;
}

export interface Signer {
  /** "KT. GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ": the line above the title, if any. */
  authority?: string;
  /** The post, IN HOA ("PHÓ GIÁM ĐỐC", "BÍ THƯ"). */
  title: string;
  /** Rank printed before the name under the signature ("Đại tá"), never inside the title (added with issue 10). */
  rank?: string;
  name: string;
}

export type Block =
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'heading'; text: string }
  | {
      kind: 'table';
      columns: { header: string; width: number; align?: 'left' | 'center' | 'right' }[];
      rows: string[][];
      boldLastRow?: boolean;
    };

/**
 * A list attached to the document on its own landscape pages ("Phụ lục"), numbered on its own (no number on its first
 * page, 2, 3… after); its header row repeats on every page and a row taller than a page is split across pages.
 */
export interface TableAppendix {
  title: string;
  subtitle: string;
  columns: { header: string; width: number; align?: 'left' | 'center' | 'right' }[];
  /** Every row, in order (all groups' rows when `groups` is set, for a renderer that ignores groups). */
  rows: string[][];
  /**
   * Added with issue 10: the rows in titled groups ("I. TẬP THỂ", "II. CÁ NHÂN"), each title a full-width row
   * before its rows. When set, renderers draw these instead of `rows`.
   */
  groups?: { title: string; rows: string[][] }[];
}
