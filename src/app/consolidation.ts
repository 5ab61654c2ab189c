import { createHash } from 'node:crypto';
import { INTEGRITY_KEY } from '../io/read-consolidation.js';
export type { ConsolidatedSource, Consolidation } from '../core/consolidation.js';
import type { IsoDate } from '../core/dates.js';
import type { Nominee } from '../core/nominees.js';
import type { RankedCard } from '../core/score-card.js';
import type { UnitStatus } from '../core/status.js';
import type { MergeSubmission, VersionChoice } from '../core/merge.js';
import type { RegisteredModel } from '../core/model-register.js';
import type { Plan } from '../core/plan.js';
import { quotePlanRule, quoteRule } from '../core/plan-sources.js';
import type { SubmissionHeader } from '../core/types.js';
import type { ConsolidatedSource, Consolidation } from '../core/consolidation.js';
import type { RunReport } from '../report/formatter.js';
import type { CheckedFile } from './check-file.js';

export interface ConsolidationInput {
  plan: Plan | undefined;
  today: IsoDate;
  checked: readonly CheckedFile[];
  choice: VersionChoice;
  unitStatus: UnitStatus[];
  nominees: Nominee[];
  scores: RankedCard[];
  /** Absent when neither the plan nor any report asks for the yearly review. */
  modelRegister?: RegisteredModel[];
  unitOf: (s: MergeSubmission) => string;
  /** The registry's code for a header's unit (a former code resolves to the absorbing unit); undefined if unknown. */
  registryCodeOf: (header: SubmissionHeader) => string | undefined;
  /** Files with errors and how many: never effective. */
  rejected: ReadonlyMap<string, number>;
  sha256: (text: string) => string;
  deliveredOn: (header: SubmissionHeader) => IsoDate | undefined;
  report: RunReport;
}

export function buildConsolidation(input: ConsolidationInput): Consolidation {
  const { choice, plan } = input;
  const effective = new Map(choice.effective.map((s) => [s.header.file, s]));
  const supersededBy = new Map(choice.superseded.map((s) => [s.file, s.supersededBy]));
  const sources = input.checked
    .flatMap((file): ConsolidatedSource[] => {
      if (file.text === undefined) return [];
      const h = file.header;
      const errors = input.rejected.get(file.file);
      const state =
        errors !== undefined
          ? 'rejected'
          : h
            ? effective.get(file.file)?.sha256 === input.sha256(file.text)
              ? 'effective'
              : 'superseded'
            : 'reference';
      const delivered = h ? input.deliveredOn(h) : undefined;
      // Only a code the registry knows ever names a unit downstream (dossier file names): never the file's own text.
      const unit = h ? input.registryCodeOf(h) : undefined;
      return [
        {
          file: file.file,
          sha256: input.sha256(file.text),
          ...(file.kind ? { kind: file.kind } : {}),
          ...(unit ? { unit } : {}),
          ...(h?.year !== undefined ? { year: h.year } : {}),
          ...(h?.reportPeriod ? { period: h.reportPeriod } : {}),
          ...(delivered ? { deliveredOn: delivered } : {}),
          state,
          ...(errors !== undefined ? { errors } : {}),
          ...(state === 'superseded' && supersededBy.has(file.file)
            ? { supersededBy: supersededBy.get(file.file) as string }
            : {}),
          text: file.text,
        },
      ];
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.sha256.localeCompare(b.sha256));
  const registrations = choice.effective.filter((s) => s.header.kind === 'dang-ky');
  const year = (s: MergeSubmission) => (s.header.year === undefined ? {} : { year: s.header.year });
  return {
    kind: 'danvan-consolidation',
    version: 1,
    plan: plan
      ? {
          id: plan.id,
          title: plan.title,
          issuer: plan.issuer,
          ...(plan.number ? { number: plan.number } : {}),
          ...(plan.issuedOn ? { issuedOn: plan.issuedOn } : {}),
          firstYear: plan.firstYear,
          lastYear: plan.lastYear,
          awardTypes: plan.awardTypes,
          legalBases: plan.legalBases,
          ...(plan.datedLegalBases ? { datedLegalBases: plan.datedLegalBases } : {}),
          ...(plan.attachedTo ? { attachedTo: plan.attachedTo } : {}),
          ...(plan.documentType ? { documentType: plan.documentType } : {}),
          contentGroups: plan.contentGroups,
          fields: plan.fields,
          dossierParts: plan.dossier?.parts ?? [],
          dossierSets: plan.dossier?.sets ?? 1,
          ruleQuotes: {
            ...(plan.vote ? { bieu_quyet: quotePlanRule(plan, 'bieu_quyet') } : {}),
            ...(plan.dossier ? { ho_so: quoteRule(plan.dossier.source) } : {}),
          },
          ...(plan.vote ? { vote: plan.vote } : {}),
          ...(plan.governingBody ? { governingBody: plan.governingBody } : {}),
          ...(plan.receiver ? { receiver: plan.receiver } : {}),
          ...(plan.receiverDocument ? { receiverDocument: plan.receiverDocument } : {}),
          ...(plan.place ? { place: plan.place } : {}),
        }
      : null,
    today: input.today,
    totals: {
      files: sources.length,
      effective: sources.filter((s) => s.state === 'effective').length,
      superseded: sources.filter((s) => s.state === 'superseded').length,
      // Every file left out for its errors, those with no text to keep (unreadable) too.
      rejected: input.rejected.size,
      errors: input.report.totals.errors,
      warnings: input.report.totals.warnings,
    },
    units: input.unitStatus,
    models: registrations.flatMap((s) =>
      s.records.collectives.map(({ achievement: _a, award: _w, ...model }) => ({
        unit: input.unitOf(s),
        ...year(s),
        ...model,
      })),
    ),
    people: registrations.flatMap((s) =>
      s.records.people.map((person) => ({ unit: input.unitOf(s), ...year(s), ...person })),
    ),
    ...(input.modelRegister ? { modelRegister: input.modelRegister } : {}),
    nominees: input.nominees,
    scores: input.scores,
    superseded: choice.superseded,
    diagnostics: input.report.diagnostics,
    sources,
  };
}

/**
 * The dataset as JSON text in pieces, one array element per line: valid, deterministic JSON that is written
 * without ever holding the whole (tens of MB for a province) as one string. Its last field, `integrity`, is the
 * SHA-256 of every byte before that line (UTF-8): readConsolidation refuses a dataset changed after merge wrote it, so
 * a vote, a name or a unit edited by hand never reaches a signed document without merge's checks (integrityOf).
 */
export function* consolidationJson(consolidation: Consolidation): Generator<string> {
  const hash = createHash('sha256');
  const hashed = (chunk: string) => {
    hash.update(chunk);
    return chunk;
  };
  yield hashed('{\n');
  for (const [key, value] of Object.entries(consolidation)) {
    if (key === INTEGRITY_KEY) continue;
    if (Array.isArray(value)) {
      yield hashed(`${JSON.stringify(key)}: [`);
      for (const [k, item] of value.entries()) yield hashed(`${k === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`);
      yield hashed(value.length > 0 ? `\n],\n` : `],\n`);
    } else {
      yield hashed(`${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
    }
  }
  yield `${JSON.stringify(INTEGRITY_KEY)}: "sha256:${hash.digest('hex')}"\n}\n`;
}
