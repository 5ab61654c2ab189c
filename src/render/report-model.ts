import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { fillTemplate, formatDocumentNumber, formatPlaceDate } from '../core/nd30.js';
import type { Block, DocumentModel, Signer } from './document-model.js';
import { headerOf, receiverLines } from './dossier-model.js';
import type { IssuingBody } from './dossier-model.js';

/** The wording an officer edits in templates/dossier/bao-cao.yaml. */
export interface ReportTemplate {
  trich_yeu: string;
  muc: { tinh_hinh: string; ket_qua: string; mo_hinh: string; ton_tai: string; phuong_huong: string; de_xuat: string };
  noi_nhan: unknown[];
}

export interface ReportInput extends IssuingBody {
  year: number;
  recipients: string[];
  contentGroups: { id: string; name: string }[];
  signer: Signer;
  /** The báo cáo file as the unit wrote it (schema-valid keys). */
  data: Record<string, unknown>;
  /**
   * The review outcomes' names ("duy-tri" → "Duy trì", "nang-chat" → "Kiện toàn, bổ sung"), as the consolidated
   * report's template names them (its `ra_soat`), so a unit's Báo cáo, the consolidated report and the workbook say
   * the same (seed 001: "kiện toàn, bổ sung hoặc đưa ra khỏi").
   */
  reviewOutcomes: Readonly<Record<string, string>>;
}

const paragraphs = (value: unknown): Block[] =>
  typeof value === 'string'
    ? value
        .split(/\n\s*\n/)
        .map((text) => text.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .map((text) => ({ kind: 'paragraph' as const, text }))
    : [];

/** Báo cáo đánh giá kết quả: I. Đặc điểm tình hình; II. Kết quả (content groups, each model); III. Tồn tại; IV. Phương hướng. */
export function buildReport(input: ReportInput, template: ReportTemplate): { model: DocumentModel; missing: string[] } {
  const d = input.data;
  const date = (toIsoDate(String(d.ngay_gui ?? '')) ?? `${input.year}-12-31`) as IsoDate;
  const groups = Array.isArray(d.ket_qua_noi_dung) ? (d.ket_qua_noi_dung as Record<string, unknown>[]) : [];
  const models = Array.isArray(d.ket_qua_mo_hinh) ? (d.ket_qua_mo_hinh as Record<string, unknown>[]) : [];
  const groupName = (id: unknown) => input.contentGroups.find((g) => g.id === id)?.name ?? String(id);
  const results: Block[] = [
    ...groups.flatMap((g, i): Block[] => [
      { kind: 'heading', text: `${i + 1}. ${groupName(g.nhom)}` },
      ...paragraphs(g.ket_qua),
    ]),
    ...(models.length > 0
      ? [{ kind: 'heading' as const, text: `${groups.length + 1}. Kết quả thực hiện mô hình “Dân vận khéo”` }]
      : []),
    ...models.flatMap((m): Block[] => {
      const evidence = Array.isArray(m.minh_chung)
        ? ` Minh chứng: ${(m.minh_chung as unknown[]).map(String).join('; ')}.`
        : '';
      const outcome = typeof m.de_xuat === 'string' ? input.reviewOutcomes[m.de_xuat] : undefined;
      // Mid-sentence after "Đề xuất:", so "Kiện toàn, bổ sung" reads "kiện toàn, bổ sung"; "UBND tỉnh xét" and
      // "GIỮ NGUYÊN" are kept as written.
      const lower = outcome && /^\p{Lu}\p{Ll}/u.test(outcome) ? outcome.charAt(0).toLocaleLowerCase('vi') : '';
      const review = outcome ? ` Đề xuất: ${lower ? `${lower}${outcome.slice(1)}` : outcome}.` : '';
      const name = typeof m.ten_mo_hinh === 'string' ? m.ten_mo_hinh : String(m.ma_mo_hinh ?? '');
      return [
        {
          kind: 'paragraph',
          text: `Mô hình “${name}”: ${String(m.ket_qua ?? '')
            .replace(/\s+/g, ' ')
            .trim()}${evidence}${review}`,
        },
      ];
    }),
  ];
  const summary = fillTemplate(template.trich_yeu, {
    ky: d.ky_bao_cao === '6-thang' ? '6 tháng đầu năm' : 'năm',
    nam: String(input.year),
  });
  const model: DocumentModel = {
    header: headerOf(
      input,
      formatPlaceDate(input.place, date),
      typeof d.so_hieu === 'string' ? formatDocumentNumber(d.so_hieu) : undefined,
    ),
    title: 'BÁO CÁO',
    summary: summary.text.replace(/\s+/g, ' ').trim(),
    recipients: input.recipients,
    blocks: [
      { kind: 'heading', text: template.muc.tinh_hinh },
      ...paragraphs(d.dac_diem_tinh_hinh),
      { kind: 'heading', text: template.muc.ket_qua },
      ...results,
      { kind: 'heading', text: template.muc.ton_tai },
      ...paragraphs(d.ton_tai_han_che),
      { kind: 'heading', text: template.muc.phuong_huong },
      ...paragraphs(d.phuong_huong),
      ...(typeof d.de_xuat === 'string'
        ? [{ kind: 'heading' as const, text: template.muc.de_xuat }, ...paragraphs(d.de_xuat)]
        : []),
    ],
    receivers: receiverLines(input.recipients, template.noi_nhan),
    signers: [input.signer],
  };
  return { model, missing: summary.missing };
}
