import { formatPoints, parsePoints, sumPoints } from '../core/points.js';
import type { Points } from '../core/points.js';
import type { Rubric, ScoreSheet } from '../core/rubric.js';
import { scoreCard } from '../core/score-card.js';
import { fillTemplate, formatPlaceDate } from '../core/nd30.js';
import type { IsoDate } from '../core/dates.js';
import type { DocumentModel, Signer } from './document-model.js';
import { headerOf } from './dossier-model.js';
import type { IssuingBody } from './dossier-model.js';

/** The wording an officer edits in templates/dossier/cham-diem.yaml. */
export interface ScoreSheetTemplate {
  trich_yeu: string;
  xep_loai: string;
}

export interface ScoreSheetInput extends IssuingBody {
  date: IsoDate;
  sheet: ScoreSheet;
  rubric: Rubric;
  signer: Signer;
}

const show = (value: number | string | undefined): string => {
  const points = value === undefined ? undefined : parsePoints(value);
  return points === undefined ? '' : formatPoints(points);
};

/** Bản chấm điểm tiêu chí: each criterion with its maximum, the self-score, the reviewer's score and reason; totals and band. */
export function buildScoreSheetDocument(
  input: ScoreSheetInput,
  template: ScoreSheetTemplate,
): { model: DocumentModel; missing: string[] } {
  const { sheet, rubric } = input;
  const lineOf = new Map(sheet.lines.map((line) => [line.criterion, line]));
  const rows = rubric.leaves.map((leaf) => {
    const line = lineOf.get(leaf.id);
    return [
      leaf.id,
      leaf.name,
      formatPoints(leaf.max),
      leaf.reserved ? '' : show(line?.self),
      show(line?.reviewer),
      line?.reason ?? '',
    ];
  });
  const extras = [...rubric.bonuses, ...rubric.deductions].flatMap((item) => {
    const line = lineOf.get(item.id);
    if (!line) return [];
    const sign = rubric.deductions.includes(item) ? '−' : '+';
    return [
      [
        item.id,
        `${sign} ${item.name}`,
        formatPoints(item.max),
        show(line.self),
        show(line.reviewer),
        line.reason ?? '',
      ],
    ];
  });
  const card = scoreCard(rubric, sheet);
  const maximum = sumPoints(rubric.leaves.map((leaf) => leaf.max)) as Points;
  const band = card.disqualified.length
    ? `Không đủ điều kiện xếp loại (${card.disqualified.map((d) => `${d.name}: ${d.reason}`).join('; ')})`
    : (card.band?.name ?? '');
  const summary = fillTemplate(template.trich_yeu, { bo_tieu_chi: rubric.name, nam: String(sheet.year) });
  const bandLine = fillTemplate(template.xep_loai, { xep_loai: band });
  const model: DocumentModel = {
    header: headerOf(input, formatPlaceDate(input.place, input.date)),
    title: 'BẢN CHẤM ĐIỂM',
    summary: summary.text,
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'Mã', width: 0.07, align: 'center' },
          { header: 'Tiêu chí', width: 0.38 },
          { header: 'Điểm tối đa', width: 0.1, align: 'center' },
          { header: 'Tự chấm', width: 0.1, align: 'center' },
          { header: 'Cấp trên chấm', width: 0.11, align: 'center' },
          { header: 'Lý do điều chỉnh', width: 0.24 },
        ],
        rows: [
          ...rows,
          ...extras,
          [
            '',
            'Tổng cộng',
            formatPoints(maximum),
            formatPoints(card.self),
            card.reviewed ? formatPoints(card.reviewer) : '',
            '',
          ],
        ],
        boldLastRow: true,
      },
      { kind: 'paragraph', text: bandLine.text },
    ],
    signers: [input.signer],
  };
  return { model, missing: [...summary.missing, ...bandLine.missing] };
}
