import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IsoDate } from './dates.js';
import type { Nominee } from './nominees.js';
import type { RegisteredModel } from './model-register.js';
import type { LegalBasis, ReceiverDocument, VoteRule } from './plan.js';
import type { RuleQuote } from './plan-sources.js';
import type { CollectiveRecord, PersonRecord } from './records.js';
import type { RankedCard } from './score-card.js';
import type { UnitStatus } from './status.js';

// The merged dataset's shape. It lives in core so that every layer that reads it (render models, the dataset reader
// in io/, the app use cases) can name it without importing upwards; app/consolidation.ts builds and serialises it.

/** One file the merge read. Its text is embedded, so merging this dataset again re-reads exactly the same files. */
export interface ConsolidatedSource {
  file: string;
  sha256: string;
  kind?: string;
  unit?: string;
  year?: number;
  period?: string;
  deliveredOn?: IsoDate;
  /**
   * effective: counts; superseded: a later file of the same unit, kind and period counts; reference: plan, registry,
   * rubric; rejected: the file has errors, so none of its records count (kept to name it and to merge it again).
   */
  state: 'effective' | 'superseded' | 'reference' | 'rejected';
  /** rejected: how many errors the merge found in the file. */
  errors?: number;
  supersededBy?: string;
  text: string;
}

/** The consolidated dataset (`danvan merge --out`), read by the Excel and PDF commands. Versioned; deterministic. */
export interface Consolidation {
  kind: 'danvan-consolidation';
  version: 1;
  plan: {
    id: string;
    title: string;
    issuer: string;
    number?: string;
    issuedOn?: IsoDate;
    firstYear: number;
    lastYear: number;
    awardTypes: { id: string; name: string }[];
    legalBases: string[];
    /** Added with issue 10: the bases with validity dates, when the plan gives any (see basesInForce). */
    datedLegalBases?: LegalBasis[];
    /** Added with issue 10: "Quyết định" when the plan is issued with a decision (number and date are its). */
    attachedTo?: string;
    /** Added with issue 10: "Kế hoạch", "Công văn"… */
    documentType?: string;
    vote?: VoteRule;
    contentGroups: { id: string; name: string }[];
    /** Lĩnh vực, so tables show names, not codes (absent in datasets merged before it was added). */
    fields?: { id: string; name: string }[];
    dossierParts: string[];
    dossierSets: number;
    /**
     * Added with issue 13: the sentence behind the vote threshold and the dossier's parts (or that they are
     * assumptions), quoted by the dossier's messages. Absent in older datasets: then they quote nothing.
     */
    ruleQuotes?: { bieu_quyet?: RuleQuote; ho_so?: RuleQuote };
    governingBody?: string;
    receiver?: string;
    /** Added with issue 10: the receiving body's Tờ trình signer and abbreviation (plan "to_trinh_tong_hop"). */
    receiverDocument?: ReceiverDocument;
    place?: string;
  } | null;
  today: IsoDate;
  totals: {
    files: number;
    effective: number;
    superseded: number;
    /** Files kept out of the dataset because they have errors (absent in datasets written before it existed). */
    rejected?: number;
    errors: number;
    warnings: number;
  };
  units: UnitStatus[];
  models: (Omit<CollectiveRecord, 'achievement' | 'award'> & { unit: string; year?: number })[];
  people: (PersonRecord & { unit: string; year?: number })[];
  /**
   * Added with issue 13: the register of models across years (core/model-register.ts), present when the plan asks
   * for the yearly review (ra_soat_mo_hinh) or a yearly report states an outcome. Built from the effective files,
   * a previous dataset's included, so merging last year's dataset with this year's inbox carries it on.
   */
  modelRegister?: RegisteredModel[];
  nominees: Nominee[];
  scores: RankedCard[];
  superseded: { file: string; supersededBy: string }[];
  diagnostics: readonly Diagnostic[];
  sources: ConsolidatedSource[];
}
