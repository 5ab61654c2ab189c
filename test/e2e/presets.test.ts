import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// For each shipped plan, fixtures that break each of its rules: file → the rules (and severities) it must raise.
const CASES: Record<string, Record<string, string[]>> = {
  'vinh-long-2025': {
    'quota-over-co-quan-cap-tinh.yaml': ['quota/over:error'],
    'quota-under-nganh-dac-thu.yaml': ['quota/under:error'],
    'late-registration.yaml': ['deadline/late:error'],
    'late-proposal-on-deadline-day.yaml': ['deadline/late:error'],
    'unknown-award-type.yaml': ['plan/unknown-value:error'],
  },
  'phuong-2026-2031': {
    'quota-under-per-year.yaml': ['quota/under:error'],
    'former-code.yaml': ['unit/former-code:info'],
    'late-yearly-report.yaml': ['deadline/late:error'],
    'late-registration-warning.yaml': ['deadline/late:warning'],
    'review-missing-outcome.yaml': ['review/missing-outcome:error'],
  },
  'xa-cong-van-2025-2030': {
    'unknown-field-of-work.yaml': ['plan/unknown-value:error'],
    'out-of-term.yaml': ['plan/year-out-of-range:error'],
  },
  'vinh-chau-2025': {
    'late-six-month-report.yaml': ['deadline/late:error'],
    'late-yearly-report.yaml': ['deadline/late:error'],
    'unknown-content-group.yaml': ['plan/unknown-value:error', 'report/missing-content-group:error'],
    'missing-content-group.yaml': ['report/missing-content-group:error'],
  },
  'bac-kan-vp-2023': {
    'no-model-warning.yaml': ['quota/under:warning'],
    'unknown-field-of-work.yaml': ['plan/unknown-value:error'],
    'unknown-award-type.yaml': ['plan/unknown-value:error'],
  },
};

describe.each(Object.entries(CASES))('preset %s: each rule broken once', (preset, expected) => {
  const result = runCli([
    'validate',
    `test/fixtures/presets/${preset}`,
    '--plan',
    preset,
    '--today',
    '31/12/2027',
    '-f',
    'json',
  ]);
  const report = JSON.parse(result.stdout) as { diagnostics: { file: string; ruleId: string; severity: string }[] };
  const byFile = new Map<string, Set<string>>();
  for (const d of report.diagnostics) {
    const name = d.file.split('/').pop() as string;
    byFile.set(name, (byFile.get(name) ?? new Set()).add(`${d.ruleId}:${d.severity}`));
  }

  it.each(Object.entries(expected))('%s', (file, rules) => {
    expect([...(byFile.get(file) ?? [])].sort()).toEqual(rules);
  });

  it('raises nothing anywhere else and exits by severity', () => {
    expect([...byFile.keys()].sort()).toEqual(Object.keys(expected).sort());
    expect(result.status).toBe(
      Object.values(expected)
        .flat()
        .some((r) => r.endsWith(':error'))
        ? 1
        : 0,
    );
  });
});
