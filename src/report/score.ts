import { formatPoints } from '../core/points.js';
import type { RankedCard } from '../core/score-card.js';
import type { Lang } from '../messages/catalog.js';
import { renderTable } from './table.js';

const WORDS = {
  vi: {
    header: ['Hạng', 'Mã', 'Đơn vị', 'Năm', 'Tự chấm', 'Cấp trên chấm', 'Chênh lệch', 'Xếp loại'],
    notReviewed: 'chưa chấm lại',
    disqualified: (reasons: string) => `Không đủ điều kiện xếp loại (${reasons})`,
    template: (id: string) =>
      `Lưu ý: bộ tiêu chí "${id}" là bản mẫu; hãy đối chiếu với văn bản hướng dẫn chính thức trước khi dùng kết quả xếp loại.`,
    errors: (n: number) => `Lưu ý: các tệp còn ${n} lỗi (xem danvan validate); điểm trên tính từ các dòng đọc được.`,
    none: 'Không có bản chấm điểm nào đối chiếu được với bộ tiêu chí.',
    flagged: (band: string) => `${band ? `${band} ` : ''}(bản chấm có lỗi, chưa dùng được)`,
  },
  en: {
    header: ['Rank', 'Code', 'Unit', 'Year', 'Self', 'Reviewer', 'Difference', 'Band'],
    notReviewed: 'not re-scored',
    disqualified: (reasons: string) => `Not eligible for classification (${reasons})`,
    template: (id: string) =>
      `Note: rubric "${id}" is a template; check it against the official guidance before using the bands.`,
    errors: (n: number) =>
      `Note: the files still have ${n} error(s) (see danvan validate); scores come from the readable lines.`,
    none: 'No score sheet could be matched to a rubric.',
    flagged: (band: string) => `${band ? `${band} ` : ''}(sheet has errors, not usable yet)`,
  },
};

const signed = (points: number): string => (points > 0 ? `+${formatPoints(points)}` : formatPoints(points));

export function formatScoreTable(
  cards: readonly RankedCard[],
  templates: readonly string[],
  errors: number,
  lang: Lang,
  /** Files of sheets with errors: their row says so, never a plain rank. */
  flagged: ReadonlySet<string> = new Set(),
): string {
  const w = WORDS[lang];
  const bandOf = (card: RankedCard) =>
    card.disqualified.length > 0
      ? w.disqualified(card.disqualified.map((d) => `${d.name}: ${d.reason}`).join('; '))
      : (card.band?.name ?? '');
  const rows = cards.map((card) => [
    String(card.rank),
    card.unitCode,
    card.name,
    String(card.year),
    formatPoints(card.self),
    card.reviewed ? formatPoints(card.reviewer) : w.notReviewed,
    card.reviewed ? signed(card.reviewer - card.self) : '',
    flagged.has(card.file) ? w.flagged(bandOf(card)) : bandOf(card),
  ]);
  const notes = [...templates.map(w.template), ...(errors > 0 ? [w.errors(errors)] : [])];
  const table = cards.length > 0 ? renderTable(w.header, rows) : `${w.none}\n`;
  return notes.length > 0 ? `${table}\n${notes.join('\n')}\n` : table;
}

/** Points as numbers with two decimals in JSON (95.25), exact because they come from hundredths. */
export const formatScoreJson = (
  cards: readonly RankedCard[],
  templates: readonly string[],
  flagged: ReadonlySet<string> = new Set(),
): string =>
  JSON.stringify(
    {
      version: 1,
      templateRubrics: templates,
      units: cards.map((card) => ({
        rank: card.rank,
        code: card.unitCode,
        name: card.name,
        year: card.year,
        rubric: card.rubricId,
        self: card.self / 100,
        reviewer: card.reviewed ? card.reviewer / 100 : null,
        difference: card.reviewed ? (card.reviewer - card.self) / 100 : null,
        final: card.final / 100,
        band: card.disqualified.length > 0 ? null : (card.band?.id ?? null),
        bandName: card.disqualified.length > 0 ? null : (card.band?.name ?? null),
        disqualified: card.disqualified,
        hasErrors: flagged.has(card.file),
        file: card.file,
      })),
    },
    null,
    2,
  ) + '\n';
