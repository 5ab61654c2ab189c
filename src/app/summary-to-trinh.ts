import type { IsoDate } from '../core/dates.js';
import type { Consolidation } from '../core/consolidation.js';
import type { Nominee } from '../core/nominees.js';
import type { ReceiverDocument } from '../core/plan.js';
import { buildToTrinh } from '../render/dossier-model.js';
import type { ToTrinhTemplate } from '../render/dossier-model.js';
import { citedPlan, legalBasesOn } from './dossier-citations.js';
import type { LoadedTemplate } from './dossier-templates.js';

/**
 * The receiving body's own Tờ trình (Sở Nội vụ to the Chủ tịch UBND tỉnh): every accepted nominee of every unit in
 * the registry's order, signed by `receiver.signer`, its number left for the office to write ("/TTr-SNV").
 */
export function summaryDossier(
  c: Consolidation,
  names: ReadonlyMap<string, string>,
  today: IsoDate,
  accepted: readonly Nominee[],
  loaded: LoadedTemplate,
  receiver: ReceiverDocument,
) {
  const template = loaded.data as ToTrinhTemplate;
  const plan = c.plan;
  const signer = receiver.signer;
  const awards = [...new Set(accepted.map((n) => n.award).filter((a): a is string => a !== undefined))];
  const unitName = (code: string) => names.get(code) ?? code;
  // The province list follows the registry's order: by unit code, then as each unit listed its nominees.
  const nominees = [...accepted].sort(
    (a, b) => a.unit.localeCompare(b.unit, 'en', { numeric: true }) || a.source.line - b.source.line,
  );
  return buildToTrinh(
    {
      governingBody: plan?.governingBody ?? '',
      unitName: plan?.receiver ?? '',
      number: `/TTr${receiver.code ? `-${receiver.code}` : ''}`,
      place: plan?.place ?? '',
      date: today,
      recipients: plan ? [plan.issuer] : [],
      bases: legalBasesOn(c, today),
      award: plan?.awardTypes.find((a) => a.id === awards[0])?.name ?? awards[0] ?? '',
      plan: citedPlan(c),
      year: nominees[0]?.year ?? 0,
      signer,
      nominees,
      unitNameOf: unitName,
    },
    template,
  );
}
