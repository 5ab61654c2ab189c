import { formatDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { citePlan, fillTemplate, formatDocumentNumber, formatPlaceDate } from '../core/nd30.js';
import type { PeriodSummary, RegisteredItem, ReviewOutcome, UnitPeriodReport } from '../core/period-summary.js';
import { splitPartyBody } from '../core/party-bodies.js';
import type { Plan } from '../core/plan.js';
import type { Block, DocumentModel, TableAppendix } from './document-model.js';
import { UNNUMBERED, receiverLines, signerLines, upper } from './dossier-model.js';

type Style = 'nha_nuoc' | 'dang';

/** The wording an officer edits in templates/dossier/bao-cao-tong-hop.yaml. */
export interface ConsolidatedReportTemplate {
  trich_yeu: string;
  mo_dau: string;
  muc: Record<'tinh_hinh' | 'ket_qua' | 'mo_hinh' | 'ra_soat' | 'nop_bao_cao' | 'ton_tai' | 'phuong_huong', string>;
  doan_van: Record<
    | 'bao_cao'
    | 'han'
    | 'khong_han'
    | 'mo_hinh'
    | 'ra_soat'
    | 'nhom'
    | 'linh_vuc_trong'
    | 'du_han'
    | 'phuong_huong'
    | 'ket_thuc',
    string
  >;
  ra_soat: Record<ReviewOutcome, string>;
  /** A received report with errors: `cau_truc` when its content is withheld, else `noi_dung` naming `ten` of each. */
  loi: { cau_truc: string; noi_dung: string; ten: Record<string, string>; khac: string };
  nguoi_ky: Record<Style, { chuc_vu?: string; tham_quyen?: string }>;
  noi_nhan: Record<Style, unknown[]>;
  phu_luc: { tieu_de: string };
}

export interface ConsolidatedReportInput {
  plan: Plan;
  summary: PeriodSummary;
  /** The models units registered (every year of the inbox), to place each reported model in its field. */
  registeredModels: readonly RegisteredItem[];
  /** Kính gửi: the bodies the receiving body reports to. */
  recipients: string[];
  number?: string;
  date: IsoDate;
  signer: { name: string; title?: string; authority?: string };
}

// "05 đơn vị" as officers write counts; nothing to pad in "0".
const count = (n: number) => (n === 0 ? '0' : String(n).padStart(2, '0'));
const paragraph = (text: string): Block => ({ kind: 'paragraph', text: text.replace(/\s+/g, ' ').trim() });
const heading = (text: string): Block => ({ kind: 'heading', text });

/**
 * The receiving body's consolidated report (Báo cáo tổng hợp) for a period: I. how units reported; II. results per
 * content group of the plan (seed 003's six groups) or, when the plan has none, per field of work (seed 002's focus
 * fields), then the model figures and the yearly review; III. late and missing units; IV. shortcomings; V. direction;
 * a Phụ lục table with one row per unit. Party plans (`the_thuc: dang`) get the Party layout (HD 36-HD/VPTW).
 * Returns the placeholders the template names but the data cannot fill.
 */
export function buildConsolidatedReport(
  input: ConsolidatedReportInput,
  template: ConsolidatedReportTemplate,
): { model: DocumentModel; missing: string[] } {
  const { plan, summary } = input;
  const { counts } = summary;
  const style: Style = plan.style === 'dang' ? 'dang' : 'nha_nuoc';
  const receiver = plan.receiver ?? plan.issuer;
  const missing: string[] = [];
  const deadline = summary.deadline;
  const values: Record<string, string> = {
    co_quan: receiver,
    co_quan_ban_hanh: plan.issuer,
    // Cited as the dossier cites it: "Kế hoạch ban hành kèm theo Quyết định số 553/QĐ-UBND ngày 02/4/2025".
    ke_hoach: citePlan(plan).reference,
    ky: summary.period === '6-thang' ? '6 tháng đầu năm' : 'năm',
    ky_in_hoa: summary.period === '6-thang' ? '6 THÁNG ĐẦU NĂM' : 'NĂM',
    nam: String(summary.year),
    tong_so: count(counts.units),
    da_nop: count(counts.reported),
    dung_han: count(counts.onTime),
    muon: count(counts.late),
    chua_nop: count(counts.missing),
    mo_hinh: count(counts.models),
    mo_hinh_moi: count(counts.newModels),
    ca_nhan: count(counts.people),
    duy_tri: count(counts.outcomes['duy-tri']),
    nang_chat: count(counts.outcomes['nang-chat']),
    cong_nhan_lai: count(counts.outcomes['cong-nhan-lai']),
    thanh_loai: count(counts.outcomes['thanh-loai']),
    han: deadline ? `${deadline.inclusive ? 'chậm nhất là ngày' : 'trước ngày'} ${formatDate(deadline.date)}` : '',
  };
  const fill = (text: string, extra: Record<string, string> = {}) => {
    const result = fillTemplate(text, { ...values, ...extra });
    missing.push(...result.missing);
    return result.text.replace(/\s+/g, ' ').trim();
  };
  const reported = summary.rows.filter((r) => r.report);
  const perUnit = (pick: (r: (typeof reported)[number]) => string | undefined): Block[] =>
    reported.flatMap((r) => {
      const text = pick(r);
      return text ? [paragraph(`- ${r.unit.name}: ${text}`)] : [];
    });

  const results: Block[] = [];
  let n = 0;
  if (plan.contentGroups.length > 0) {
    for (const group of summary.byGroup) {
      results.push(
        heading(`${++n}. ${group.name}`),
        paragraph(fill(template.doan_van.nhom, { so: count(group.units) })),
      );
      results.push(...perUnit((r) => r.report?.groups.find((g) => g.id === group.id)?.text));
    }
  } else {
    const fieldOf = (unit: string, code: string | undefined, name: string) =>
      input.registeredModels.find((m) => m.unit === unit && (code ? m.code === code : m.name === name))?.field;
    for (const field of plan.fields) {
      results.push(heading(`${++n}. Lĩnh vực ${field.name.charAt(0).toLocaleLowerCase('vi')}${field.name.slice(1)}`));
      const lines = reported.flatMap((r) =>
        (r.report?.models ?? [])
          .filter((m) => fieldOf(r.unit.code, m.code, m.name) === field.id)
          .map((m) => paragraph(`- Mô hình “${m.name}” (${r.unit.name}): ${m.result}`)),
      );
      results.push(...(lines.length > 0 ? lines : [paragraph(template.doan_van.linh_vuc_trong)]));
    }
  }
  results.push(heading(`${++n}. ${template.muc.mo_hinh}`), paragraph(fill(template.doan_van.mo_hinh)));
  if (plan.fields.length > 0)
    results.push({
      kind: 'table',
      columns: [
        { header: 'Lĩnh vực', width: 0.7 },
        { header: 'Số mô hình', width: 0.3, align: 'center' },
      ],
      rows: [
        ...summary.byField.map((f) => [f.name, count(f.models)]),
        ['Tổng số', count(summary.byField.reduce((sum, f) => sum + f.models, 0))],
      ],
      boldLastRow: true,
    });
  const reviewed = reported.flatMap((r) =>
    (r.report?.models ?? []).flatMap((m) => (m.outcome ? [{ unit: r.unit.name, model: m }] : [])),
  );
  if (plan.modelReview || reviewed.length > 0) {
    results.push(heading(`${++n}. ${template.muc.ra_soat}`), paragraph(fill(template.doan_van.ra_soat)));
    if (reviewed.length > 0)
      results.push({
        kind: 'table',
        columns: [
          { header: 'STT', width: 0.07, align: 'center' },
          { header: 'Đơn vị', width: 0.25 },
          { header: 'Mô hình', width: 0.3 },
          { header: 'Kết quả rà soát', width: 0.16 },
          { header: 'Lý do', width: 0.22 },
        ],
        rows: reviewed.map(({ unit, model }, i) => [
          String(i + 1),
          unit,
          model.name,
          model.outcome ? template.ra_soat[model.outcome] : '',
          model.reason ?? '',
        ]),
      });
  }

  const late = summary.rows.filter((r) => r.state === 'late');
  const absent = summary.rows.filter((r) => r.state === 'missing');
  const defective = summary.rows.flatMap((r) => {
    const note = r.report ? defectNote(r.report, template.loi) : undefined;
    return note ? [paragraph(`- ${r.unit.name}: ${note}`)] : [];
  });
  const lateness: Block[] =
    late.length + absent.length + defective.length === 0
      ? [paragraph(template.doan_van.du_han)]
      : [
          ...late.map((r) => paragraph(`- ${r.unit.name}: gửi muộn ${r.daysLate} ngày.`)),
          ...absent.map((r) => paragraph(`- ${r.unit.name}: chưa gửi báo cáo.`)),
        ];

  const layout = style === 'dang' ? 'party' : 'state';
  const signer = {
    name: input.signer.name,
    ...((input.signer.title ?? template.nguoi_ky[style].chuc_vu)
      ? { title: input.signer.title ?? template.nguoi_ky[style].chuc_vu }
      : {}),
    ...((input.signer.authority ?? template.nguoi_ky[style].tham_quyen)
      ? { authority: input.signer.authority ?? template.nguoi_ky[style].tham_quyen }
      : {}),
  };
  // A plan that names no place (seeds 001, 002) leaves the dots an officer fills in by hand.
  const placeDate = formatPlaceDate(plan.place ?? '……', input.date);
  // ND30 and HD36 both print the number line; without --so-hieu the office writes the figure by hand after signing.
  const code = plan.receiverDocument?.code;
  const number = input.number
    ? formatDocumentNumber(input.number)
    : `${UNNUMBERED}${layout === 'party' ? `-BC${code ? `/${code}` : ''}` : `/BC${code ? `-${code}` : ''}`}`;
  const appendix: TableAppendix = {
    title: fill(template.phu_luc.tieu_de),
    subtitle: `(Kèm theo Báo cáo số ${number} ${placeDate.slice(placeDate.indexOf('ngày'))} của ${receiver})`,
    columns: [
      { header: 'STT', width: 0.05, align: 'center' },
      { header: 'Cơ quan, đơn vị', width: 0.25 },
      { header: 'Ngày gửi', width: 0.1, align: 'center' },
      { header: 'Tình trạng', width: 0.12 },
      { header: 'Mô hình đăng ký', width: 0.09, align: 'center' },
      { header: 'Cá nhân đăng ký', width: 0.09, align: 'center' },
      ...(plan.contentGroups.length > 0
        ? [{ header: 'Nhóm nội dung đã báo cáo', width: 0.1, align: 'center' as const }]
        : []),
      { header: 'Kết quả rà soát', width: plan.contentGroups.length > 0 ? 0.2 : 0.3 },
    ],
    rows: summary.rows.map((r, i) => [
      String(i + 1),
      r.unit.name,
      r.report?.deliveredOn ? formatDate(r.report.deliveredOn) : '',
      (r.state === 'missing' ? 'Chưa gửi' : r.state === 'late' ? `Muộn ${r.daysLate} ngày` : 'Đúng hạn') +
        (r.report?.withheld
          ? '; sai cấu trúc'
          : r.report && defectNote(r.report, template.loi)
            ? '; còn thiếu sót'
            : ''),
      count(r.models),
      count(r.people),
      ...(plan.contentGroups.length > 0 ? [`${r.groupsCovered}/${plan.contentGroups.length}`] : []),
      outcomeCounts(r.report?.models ?? [], template.ra_soat),
    ]),
  };
  // HD36: a Ban prints the committee it serves above its own name, not the plan's issuer.
  const ban = layout === 'party' ? splitPartyBody(receiver) : undefined;
  const model: DocumentModel = {
    header: {
      governingBody: upper(ban?.superior ?? plan.issuer),
      issuer: upper(ban?.body ?? receiver),
      number,
      placeDate,
      layout,
    },
    title: 'BÁO CÁO',
    summary: fill(template.trich_yeu),
    recipients: input.recipients,
    blocks: [
      paragraph(fill(template.mo_dau)),
      heading(template.muc.tinh_hinh),
      paragraph(fill(template.doan_van.bao_cao)),
      paragraph(deadline && !deadline.assumed ? fill(template.doan_van.han) : fill(template.doan_van.khong_han)),
      heading(template.muc.ket_qua),
      ...results,
      heading(template.muc.nop_bao_cao),
      ...lateness,
      ...defective,
      heading(template.muc.ton_tai),
      ...perUnit((r) => r.report?.shortcomings),
      heading(template.muc.phuong_huong),
      paragraph(fill(template.doan_van.phuong_huong)),
      ...perUnit((r) => r.report?.proposals),
      paragraph(fill(template.doan_van.ket_thuc)),
    ],
    receivers: receiverLines(input.recipients, template.noi_nhan[style]),
    signers: [signerLines(signer)],
    appendix,
  };
  return { model, missing: [...new Set(missing)] };
}

/** What a received report still lacks (late delivery is said apart), or nothing. */
function defectNote(report: UnitPeriodReport, loi: ConsolidatedReportTemplate['loi']): string | undefined {
  if (report.withheld) return loi.cau_truc;
  const named = (report.defects ?? []).filter((id) => id !== 'deadline/late').map((id) => loi.ten[id] ?? loi.khac);
  return named.length > 0 ? fillTemplate(loi.noi_dung, { loi: [...new Set(named)].join('; ') }).text : undefined;
}

function outcomeCounts(models: readonly { outcome?: ReviewOutcome }[], names: Record<ReviewOutcome, string>): string {
  const tally = new Map<ReviewOutcome, number>();
  for (const m of models) if (m.outcome) tally.set(m.outcome, (tally.get(m.outcome) ?? 0) + 1);
  return [...tally].map(([outcome, n]) => `${names[outcome]}: ${n}`).join('; ');
}
