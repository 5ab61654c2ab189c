import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Plans tell their sources (issue 13): every sentence a preset quotes under `nguon` is the seed's own words. A quote
// may leave words out with "…"; each remaining part must appear in the seed as written (spacing aside). The seeds
// are the plans the presets were built from; where they are not on this machine, there is nothing to compare.
const SEEDS = process.env.DANVAN_SEEDS ?? '/work/shared/seeds';
const PRESETS: Record<string, string> = {
  'vinh-long-2025': '000',
  'phuong-2026-2031': '001',
  'xa-cong-van-2025-2030': '002',
  'vinh-chau-2025': '003',
  'bac-kan-vp-2023': '004',
};

const folded = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Every `nguon` in a plan, with where it sits: a plan-wide map of rule → sentence, or one sentence. */
function quotes(value: unknown, at = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => quotes(item, `${at}/${i}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]): [string, string][] => {
    if (key !== 'nguon') return quotes(child, `${at}/${key}`);
    if (typeof child === 'string') return [[`${at}/nguon`, child]];
    return Object.entries(child as Record<string, string>).map(([rule, text]) => [`${at}/nguon/${rule}`, text]);
  });
}

describe.runIf(existsSync(SEEDS))('every preset quotes its seed word for word', () => {
  it.each(Object.entries(PRESETS))('%s (seed %s)', (preset, seedNumber) => {
    const seedFile = readdirSync(SEEDS).find((f) => f.startsWith(`${seedNumber}_`)) ?? '';
    const seed = folded(readFileSync(join(SEEDS, seedFile), 'utf8'));
    const plan = parse(readFileSync(join(ROOT, 'templates/plans', `${preset}.yaml`), 'utf8')) as unknown;
    const found = quotes(plan);
    expect(found.length).toBeGreaterThan(5);
    const notInSeed = found.flatMap(([at, text]) =>
      text
        .split('…')
        .map(folded)
        .filter((part) => part && !seed.includes(part))
        .map((part) => `${at}: ${part}`),
    );
    expect(notInSeed).toEqual([]);
    // The example campaign runs on the same plan.
    expect(readFileSync(join(ROOT, 'examples', preset, 'ke-hoach.yaml'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'templates/plans', `${preset}.yaml`), 'utf8'),
    );
  });
});

describe('what a seed does not state is listed as an assumption (danvan plans)', () => {
  const assumptions = (preset: string) => {
    const out = runCli(['plans', preset]).stdout;
    return out.slice(out.indexOf('Giả định ('));
  };

  it('seed 003: the six content groups every report must cover, and a field the quote does not name', () => {
    const assumed = assumptions('vinh-chau-2025');
    expect(assumed).toContain(
      '- Lĩnh vực: Kinh tế; Văn hóa - xã hội; Quốc phòng - an ninh; Xây dựng hệ thống chính trị',
    );
    expect(assumed).toContain('- Nhóm nội dung báo cáo: ');
  });

  it('seed 001: the fields split out of “kinh tế - xã hội”', () => {
    expect(assumptions('phuong-2026-2031')).toContain('- Lĩnh vực: ');
  });

  it('seed 002: the legal bases are quoted from “Thực hiện Nghị quyết số 25-NQ/TW …”, not assumed', () => {
    const out = runCli(['plans', 'xa-cong-van-2025-2030']).stdout;
    expect(out.indexOf('“Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013')).toBeGreaterThan(0);
    expect(assumptions('xa-cong-van-2025-2030')).not.toContain('Căn cứ');
  });
});
