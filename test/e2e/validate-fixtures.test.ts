import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, runCli, transcript } from '../helpers/run-cli.js';

interface Expectation {
  exit: 0 | 1;
  rules: string[];
  /** DANVAN_TODAY for the case, when the deadline rules matter. */
  today?: string;
}

// Each bad input an officer meets, with the exit code and the rules it must produce.
const CASES: Record<string, Expectation> = {
  'valid-registration': { exit: 0, rules: [] },
  'yaml-syntax': { exit: 1, rules: ['yaml/syntax'] },
  'bad-indent': { exit: 1, rules: ['yaml/bad-indent'] },
  'bad-indent-dedent': { exit: 1, rules: ['yaml/bad-indent'] },
  'tab-indent': { exit: 1, rules: ['yaml/tab-indent'] },
  'duplicate-key': { exit: 1, rules: ['yaml/duplicate-key'] },
  'alias-bomb': { exit: 1, rules: ['yaml/alias-bomb'] },
  'multiple-documents': { exit: 1, rules: ['yaml/multiple-documents'] },
  'bom-utf8': { exit: 0, rules: [] },
  'invisible-characters': { exit: 0, rules: ['text/invisible-character'] },
  'cr-line-endings': { exit: 0, rules: ['text/cr-line-endings'] },
  'yaml-1-1': { exit: 1, rules: ['schema/enum', 'yaml/ignored-tag', 'yaml/version-directive'] },
  'criterion-number': { exit: 0, rules: ['score/criterion-as-number'] },
  'criterion-unreadable': { exit: 1, rules: ['schema/type'] },
  'utf16le-bom': { exit: 0, rules: [] },
  'utf16be-bom': { exit: 0, rules: [] },
  'invalid-utf8': { exit: 1, rules: ['encoding/invalid-utf8'] },
  'legacy-tcvn3': { exit: 1, rules: ['encoding/legacy-vietnamese'] },
  binary: { exit: 1, rules: ['encoding/binary'] },
  nfd: { exit: 0, rules: ['text/normalized-nfc'] },
  empty: { exit: 1, rules: ['file/empty'] },
  'comments-only': { exit: 1, rules: ['file/empty'] },
  'list-not-mapping': { exit: 1, rules: ['document/not-mapping'] },
  'unknown-kind': { exit: 1, rules: ['document/unknown-kind'] },
  'missing-kind': { exit: 1, rules: ['document/missing-kind'] },
  'missing-fields': { exit: 1, rules: ['schema/required'] },
  'wrong-types': { exit: 1, rules: ['schema/type'] },
  'impossible-date': { exit: 1, rules: ['schema/invalid-date'] },
  'unknown-field': { exit: 1, rules: ['schema/required', 'schema/unknown-field'] },
  'unquoted-code': { exit: 0, rules: [] },
  'unsupported-version': { exit: 1, rules: ['schema/unsupported-version'] },
  'unknown-unit': { exit: 1, rules: ['unit/unknown'] },
  'duplicate-submission': { exit: 0, rules: ['submission/duplicate'] },
  'registry-problems': { exit: 1, rules: ['unit/duplicate-code', 'unit/unknown-parent'] },
  'mixed-directory': { exit: 0, rules: [] },
  'duplicate-item': { exit: 1, rules: ['submission/duplicate-item'] },
  'plan-rules': { exit: 1, rules: ['deadline/late', 'quota/over', 'unit/former-code'], today: '2025-10-05' },
  'plan-vocabulary': {
    exit: 1,
    rules: [
      'deadline/future-date',
      'plan/mismatch',
      'plan/unexpected-report-period',
      'plan/unknown-value',
      'report/missing-content-group',
    ],
    today: '2025-06-30',
  },
};

// The officer's view (the text transcript) comes from the spawned binary; the rule ids from the JSON report of the
// same command run in process (main() with a captured terminal), which saves a process start per case.
describe('danvan validate on bad inputs', () => {
  it.each(Object.entries(CASES))('%s', async (name, expected) => {
    const dir = `test/fixtures/${name}`;
    const env: Record<string, string> = expected.today ? { DANVAN_TODAY: expected.today } : {};
    const io = fakeIo(ROOT, { NO_COLOR: '1', DANVAN_LANG: 'vi', ...env });
    const status = await main(['validate', dir, '--format', 'json'], io);
    expect(io.err()).toBe('');
    expect(status).toBe(expected.exit);
    const report = JSON.parse(io.out()) as {
      diagnostics: { ruleId: string; start: { line: number; column: number } }[];
    };
    expect([...new Set(report.diagnostics.map((d) => d.ruleId))].sort()).toEqual(expected.rules);
    for (const d of report.diagnostics) expect(d.start.line).toBeGreaterThanOrEqual(1);
    await expect(transcript(runCli(['validate', dir], undefined, env))).toMatchFileSnapshot(
      `__snapshots__/validate/${name}.txt`,
    );
  });
});
