import { toIsoDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { fillTemplate, formatDocumentNumber, formatPlaceDate } from '../core/nd30.js';
import { formatShare, formatThreshold, voteOutcome, voteShare } from '../core/votes.js';
import type { VoteRule } from '../core/votes.js';
import type { DocumentModel } from './document-model.js';
import { headerOf } from './dossier-model.js';
import type { IssuingBody } from './dossier-model.js';

interface Person {
  ho_ten?: string;
  chuc_vu?: string;
  cap_bac?: string;
}

/** The wording an officer edits in templates/dossier/bien-ban.yaml. */
export interface MeetingTemplate {
  co_quan: string;
  trich_yeu: string;
  muc: { thanh_phan: string; noi_dung: string; ket_qua: string };
  ket_thuc: string;
  ky_ten: { trai: string; phai: string };
}

export interface MeetingInput extends IssuingBody {
  year: number;
  vote?: VoteRule;
  /** The biên bản file as the unit wrote it (schema-valid keys). */
  data: Record<string, unknown>;
}

const person = (value: unknown): Person => (value && typeof value === 'object' ? (value as Person) : {});
const describe = (p: Person) => [[p.cap_bac, p.ho_ten].filter(Boolean).join(' '), p.chuc_vu].filter(Boolean).join(', ');
const rankOf = (p: Person) => (p.cap_bac ? { rank: p.cap_bac } : {});
const time = (value: unknown) => (typeof value === 'string' ? value.replace(':', ' giờ ').replace('h', ' giờ ') : '');
const OUTCOME = { dat: 'Đạt', 'khong-dat': 'Không đạt', 'khong-hop-le': 'Không hợp lệ' } as const;

/** Biên bản họp bình xét: time, place, attendance, the course of the meeting, and each nominee's vote. */
export function buildMeetingRecord(
  input: MeetingInput,
  template: MeetingTemplate,
): { model: DocumentModel; missing: string[] } {
  const missing: string[] = [];
  const fill = (text: string, values: Record<string, string>) => {
    const filled = fillTemplate(text, values);
    missing.push(...filled.missing);
    return filled.text.replace(/\s+/g, ' ').trim();
  };
  const d = input.data;
  const council = (d.thanh_vien ?? {}) as {
    tong_so?: number;
    co_mat?: number;
    vang?: { ho_ten?: string; ly_do?: string }[];
  };
  const members = council.tong_so ?? 0;
  const present = council.co_mat ?? 0;
  const date = (toIsoDate(String(d.ngay_hop ?? '')) ?? `${input.year}-12-31`) as IsoDate;
  const placeDate = formatPlaceDate(input.place, date);
  const base = input.vote?.base === 'co-mat' ? present : members;
  const votes = Array.isArray(d.bieu_quyet) ? (d.bieu_quyet as Record<string, unknown>[]) : [];
  const rows = votes.map((v, i) => {
    const yes = Number(v.dong_y ?? 0);
    const no = Number(v.khong_dong_y ?? 0);
    // An impossible tally is never "Đạt", with or without a threshold in the plan.
    const outcome = voteOutcome({ yes, no }, { members, present }, input.vote);
    return [
      String(i + 1),
      String(v.ten ?? ''),
      v.doi_tuong === 'tap-the' ? 'Tập thể' : 'Cá nhân',
      String(yes),
      String(no),
      formatShare(voteShare(yes, base)),
      input.vote || outcome === 'khong-hop-le' ? OUTCOME[outcome] : '',
    ];
  });
  const absent = (council.vang ?? []).map((a) => `${a.ho_ten ?? ''}${a.ly_do ? ` (${a.ly_do})` : ''}`);
  const chair = person(d.chu_tri);
  const secretary = person(d.thu_ky);
  const model: DocumentModel = {
    // The council sits under its unit: the unit's printed name is the governing line, the council the issuer.
    header: headerOf(
      { ...input, governingBody: input.issuer ?? input.unitName, issuer: template.co_quan },
      placeDate,
      typeof d.so_hieu === 'string' ? formatDocumentNumber(d.so_hieu) : undefined,
    ),
    title: 'BIÊN BẢN',
    summary: fill(template.trich_yeu, { nam: String(input.year) }),
    blocks: [
      {
        kind: 'paragraph',
        text: `Thời gian bắt đầu: ${time(d.gio_bat_dau)}, ${placeDate.slice(placeDate.indexOf('ngày'))}.`,
      },
      { kind: 'paragraph', text: `Địa điểm: ${String(d.dia_diem ?? '')}.` },
      { kind: 'heading', text: template.muc.thanh_phan },
      { kind: 'paragraph', text: `Chủ trì: ${describe(chair)}.` },
      { kind: 'paragraph', text: `Thư ký: ${describe(secretary)}.` },
      {
        kind: 'paragraph',
        text: `Thành viên Hội đồng: tổng số ${members}, có mặt ${present}, vắng ${Math.max(0, members - present)}${absent.length ? `: ${absent.join('; ')}` : ''}.`,
      },
      { kind: 'heading', text: template.muc.noi_dung },
      ...(typeof d.noi_dung === 'string' ? [{ kind: 'paragraph' as const, text: d.noi_dung }] : []),
      { kind: 'heading', text: template.muc.ket_qua },
      {
        kind: 'paragraph',
        text: input.vote
          ? `Tỷ lệ đồng ý tính trên ${input.vote.base === 'co-mat' ? 'số thành viên có mặt' : 'tổng số thành viên Hội đồng'} (${base}); ngưỡng của kế hoạch: ${formatThreshold(input.vote)}.`
          : `Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng (${base}).`,
      },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 0.07, align: 'center' },
          { header: 'Tập thể, cá nhân', width: 0.35 },
          { header: 'Đối tượng', width: 0.12 },
          { header: 'Đồng ý', width: 0.1, align: 'center' },
          { header: 'Không đồng ý', width: 0.12, align: 'center' },
          { header: 'Tỷ lệ đồng ý', width: 0.12, align: 'center' },
          { header: 'Kết quả', width: 0.12, align: 'center' },
        ],
        rows,
      },
      ...(typeof d.ket_luan === 'string' ? [{ kind: 'paragraph' as const, text: d.ket_luan }] : []),
      { kind: 'paragraph', text: fill(template.ket_thuc, { gio_ket_thuc: time(d.gio_ket_thuc) || '…' }) },
    ],
    // ND30 Biên bản: the secretary signs on the left, the chair on the right.
    signers: [
      { title: template.ky_ten.trai, ...rankOf(secretary), name: secretary.ho_ten ?? '' },
      { title: template.ky_ten.phai, ...rankOf(chair), name: chair.ho_ten ?? '' },
    ],
  };
  return { model, missing };
}
