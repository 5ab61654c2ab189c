import { createHash } from 'node:crypto';
import { formatDate } from '../core/dates.js';
import type { IsoDate } from '../core/dates.js';
import { deliveredOn, quoteDeadline } from '../core/deadlines.js';
import { resolveUnit } from '../core/attribution.js';
import { chooseVersions, findCrossUnitDuplicates, findEmptySubmissions, unitOf } from '../core/merge.js';
import type { MergeSubmission, VersionChoice } from '../core/merge.js';
import { buildModelRegister } from '../core/model-register.js';
import type { RegisteredModel } from '../core/model-register.js';
import { collectNominees } from '../core/nominees.js';
import type { Plan } from '../core/plan.js';
import { rankSheets } from '../core/score-card.js';
import type { ScoreCard } from '../core/score-card.js';
import { buildStatus } from '../core/status.js';
import { indexUnits } from '../core/units.js';
import type { UnitIndex } from '../core/units.js';
import type { Finding } from '../messages/catalog.js';
import { kindLabel } from '../messages/kind-labels.js';
import type { CheckedFile } from './check-file.js';
import { buildConsolidation } from './consolidation.js';
import type { Consolidation } from './consolidation.js';
import { validatePaths } from './validate-files.js';
import type { ValidateSettings, ValidationRun } from './validate-files.js';

// Each text is hashed once, however many times the merge asks (versions, sources, idempotence keys).
function memoizedSha256(): (text: string) => string {
  const hashes = new Map<string, string>();
  return (text) => {
    let hash = hashes.get(text);
    if (hash === undefined) {
      hash = createHash('sha256').update(text).digest('hex');
      hashes.set(text, hash);
    }
    return hash;
  };
}

type Merged = MergeSubmission & { meeting?: CheckedFile['meeting'] };

function mergeInputs(checked: readonly CheckedFile[], sha256: (text: string) => string): Merged[] {
  return checked.flatMap((file) =>
    file.header && file.records && file.text !== undefined
      ? [
          {
            header: file.header,
            records: file.records,
            sha256: sha256(file.text),
            ...(file.meeting ? { meeting: file.meeting } : {}),
          },
        ]
      : [],
  );
}

/**
 * The merge's own findings: version conflicts, cross-unit duplicates, empty submissions, removed models registered
 * again, units missing past a deadline.
 */
function mergeFindings(
  checked: readonly CheckedFile[],
  plan: Plan | undefined,
  today: IsoDate,
  sha256: (text: string) => string,
): { findings: Finding[]; choice: VersionChoice; index: UnitIndex } {
  const index = indexUnits(checked.flatMap((file) => (file.registry ? [file.registry] : [])));
  const choice = chooseVersions(mergeInputs(checked, sha256), index);
  const findings = [
    ...choice.findings,
    ...findCrossUnitDuplicates(choice.effective, index),
    ...findEmptySubmissions(choice.effective),
    // Flagged from the files that count, so a corrected registration that drops the model clears the warning.
    ...buildModelRegister(choice.effective, index).findings,
  ];
  if (plan && index.byCode.size > 0) {
    for (const row of buildStatus(
      plan,
      index,
      choice.effective.map((s) => s.header),
      today,
    ).units) {
      for (const d of row.deadlines.filter((d) => d.state === 'missing')) {
        const unit = index.byCode.get(row.unit.code);
        if (!unit) continue;
        // A deadline the plan does not list is implied by a report period with no date: assumed, like its status.
        const stated = plan.deadlines.find((x) => x.id === d.id && (x.assumed ?? false) === (d.assumed ?? false));
        findings.push({
          ruleId: 'merge/unit-missing',
          params: {
            unit: unit.code,
            name: unit.name,
            deadline: `${d.name} ${formatDate(d.date)}`,
            kinds: d.missingKinds.map((k) => kindLabel(k, 'vi')).join(', '),
            ...quoteDeadline(stated ?? { assumed: d.assumed === true }),
          },
          at: unit.ref,
        });
      }
    }
  }
  return { findings, choice, index };
}

export interface MergeRun {
  consolidation: Consolidation;
  validation: ValidationRun;
  /**
   * Files left out because they cannot be read as text (a legacy Vietnamese encoding, garbled UTF-8, a binary file):
   * the dataset keeps every file's text and has none for these, so they are named here, with their error count.
   */
  unreadable: { file: string; state: 'rejected'; errors: number }[];
}

/** Reads every submission (and any previous consolidation's embedded files), validates, and consolidates. */
export async function mergeCampaign(
  paths: readonly string[],
  previous: readonly Consolidation[],
  settings: ValidateSettings,
): Promise<MergeRun> {
  const sha256 = memoizedSha256();
  let merged: ReturnType<typeof mergeFindings> | undefined;
  const encoder = new TextEncoder();
  const embedded = previous.flatMap((c) => c.sources.map((s) => ({ file: s.file, bytes: encoder.encode(s.text) })));
  const extraSources = [...(settings.extraSources ?? []), ...embedded];
  const validation = await validatePaths(paths, {
    ...settings,
    withRecords: true,
    // The merge settles which of two files counts (and lists the superseded ones): validate's warning is noise here.
    skipRules: ['submission/duplicate', 'review/removed-registered-again'],
    extraSources,
    moreFindings: (checked, plan) => {
      merged = mergeFindings(checked, plan, settings.today, sha256);
      return merged.findings;
    },
  });
  const found = merged ?? mergeFindings(validation.checked, validation.plan, settings.today, sha256);
  const { index } = found;
  const rejected = rejectedFiles(validation);
  // A file with errors never counts, not even through an older version it was meant to replace.
  const choice = { ...found.choice, effective: found.choice.effective.filter((s) => !rejected.has(s.header.file)) };
  const names = new Map([...index.byCode.values()].map((unit) => [unit.code, unit.name]));
  const effectiveFiles = new Set(choice.effective.map((s) => s.header.file));
  const nameOf = (card: ScoreCard) => names.get(card.unitCode) ?? card.unitName ?? card.unitCode;
  const rubrics = new Map(
    validation.checked.flatMap((file) => (file.rubric ? [[file.rubric.id, file.rubric] as const] : [])),
  );
  const sheets = validation.checked.flatMap((file) =>
    file.scoreSheet && effectiveFiles.has(file.file) ? [file.scoreSheet] : [],
  );
  const consolidation = buildConsolidation({
    plan: validation.plan,
    today: settings.today,
    checked: validation.checked,
    choice,
    unitStatus:
      validation.plan && index.byCode.size > 0
        ? buildStatus(
            validation.plan,
            index,
            choice.effective.map((s) => s.header),
            settings.today,
          ).units
        : [],
    ...registerOf(choice.effective, index, validation.plan),
    nominees: collectNominees(choice.effective, index, validation.plan),
    scores: rankSheets(sheets, rubrics, nameOf),
    unitOf: (s) => unitOf(s.header, index),
    registryCodeOf: (header) => resolveUnit(header.unitCode, index)?.unit.code,
    rejected,
    sha256,
    deliveredOn,
    report: validation.report,
  });
  const unreadable = validation.checked.flatMap((file) =>
    file.text === undefined && rejected.has(file.file)
      ? [{ file: file.file, state: 'rejected' as const, errors: rejected.get(file.file) ?? 1 }]
      : [],
  );
  return { consolidation, validation, unreadable };
}

const REFERENCE_KINDS: readonly (string | undefined)[] = ['ke-hoach', 'danh-muc-don-vi', 'bo-tieu-chi'];

/** Submissions (and unreadable files) with at least one error, and how many: kept apart, named, never counted. */
function rejectedFiles(validation: ValidationRun): Map<string, number> {
  const reference = new Set(
    validation.checked.filter((file) => REFERENCE_KINDS.includes(file.kind)).map((file) => file.file),
  );
  const rejected = new Map<string, number>();
  for (const d of validation.report.diagnostics)
    if (d.severity === 'error' && !reference.has(d.file)) rejected.set(d.file, (rejected.get(d.file) ?? 0) + 1);
  return rejected;
}

/** The register of models from the files that count, when the plan asks for the yearly review or a report states an outcome. */
function registerOf(
  effective: readonly MergeSubmission[],
  index: UnitIndex,
  plan: Plan | undefined,
): { modelRegister?: RegisteredModel[] } {
  const { models } = buildModelRegister(effective, index);
  const reviewed = models.some((m) => m.history.some((e) => e.event !== 'dang-ky'));
  return plan?.modelReview || reviewed ? { modelRegister: models } : {};
}
