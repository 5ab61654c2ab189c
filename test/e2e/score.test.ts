import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, runCli, transcript } from '../helpers/run-cli.js';

describe('danvan validate on score sheets and meetings (spawned binary)', () => {
  const result = runCli(['validate', 'test/fixtures/score-rules', '--today', '31/12/2025', '-f', 'json']);
  const report = JSON.parse(result.stdout) as {
    diagnostics: { file: string; ruleId: string; start: { line: number } }[];
  };
  const rulesIn = (file: string) =>
    report.diagnostics
      .filter((d) => d.file.endsWith(file))
      .map((d) => `${d.start.line} ${d.ruleId}`)
      .sort();

  it('reports every score sheet problem on its line, beside a schema error on another line', () => {
    expect(rulesIn('cham-diem-001.yaml')).toEqual([
      '10 score/limit-exceeded',
      '10 score/missing-criterion',
      '11 score/above-max',
      '12 score/change-without-reason',
      '14 schema/pattern',
      '20 score/unknown-criterion',
      '27 score/change-without-reason',
      '27 score/self-on-reserved',
      '28 score/change-without-reason',
      '30 score/total-mismatch',
      '31 score/total-mismatch',
    ]);
  });

  it("checks each nominee's vote share on the plan's base, and impossible tallies", () => {
    expect(rulesIn('bien-ban-001.yaml')).toEqual([
      '13 vote/present-over-total',
      '15 vote/below-threshold',
      '16 vote/more-than-present',
    ]);
  });

  it('names a missing rubric and a rubric other than the plan’s', () => {
    expect(rulesIn('cham-diem-002-bo-khac.yaml')).toEqual(['8 score/rubric-mismatch', '8 score/rubric-not-found']);
    expect(result.status).toBe(1);
  });
});

describe('danvan score', () => {
  it('ranks the Vĩnh Long units with totals, differences and bands', async () => {
    const r = runCli(['score', 'examples/vinh-long-2025']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '1     009  Công an tỉnh                     2025  86,5     95             +8,5        Tốt',
    );
    expect(r.stdout).toContain('bản mẫu');
    await expect(transcript(r)).toMatchFileSnapshot('__snapshots__/score/vinh-long-2025.txt');
  });

  it('gives exact points in JSON', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['score', 'examples/vinh-long-2025', '-f', 'json'], io)).toBe(0);
    const { units, templateRubrics } = JSON.parse(io.out()) as {
      templateRubrics: string[];
      units: { rank: number; code: string; self: number; reviewer: number; difference: number; band: string }[];
    };
    expect(templateRubrics).toEqual(['dvcq-vinh-long']);
    expect(units).toHaveLength(15);
    expect(units.find((u) => u.code === '014')).toMatchObject({
      self: 82,
      reviewer: 88.75,
      difference: 6.75,
      band: 'tot',
    });
    expect(units.at(-1)).toMatchObject({ rank: 15, code: '007', band: 'trung-binh' });
  });

  it('exits 1 when the sheets have errors, and marks the rank of a sheet with errors', () => {
    const r = runCli(['score', 'test/fixtures/score-rules', '--today', '31/12/2025']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('(bản chấm có lỗi, chưa dùng được)');
  });
});
