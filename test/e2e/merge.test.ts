import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeCampaign } from '../../src/app/merge-campaign.js';
import type { Consolidation } from '../../src/app/consolidation.js';
import { main } from '../../src/cli/main.js';
import type { IsoDate } from '../../src/core/dates.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const INBOX = 'test/fixtures/merge-inbox';
const tmp = () => mkdtempSync(join(tmpdir(), 'danvan-merge-'));

describe('danvan merge (spawned binary)', () => {
  const out = join(tmp(), 'tong-hop.json');
  const result = runCli(['merge', INBOX, '--out', out, '--today', '20/04/2025']);
  const merged = JSON.parse(readFileSync(out, 'utf8')) as Consolidation;

  it('writes the dataset even when the inbox has problems, and exits 1', () => {
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Đã ghi');
    expect(merged.kind).toBe('danvan-consolidation');
  });

  it('keeps the latest version and lists the superseded files', () => {
    expect(merged.superseded.map((s) => [s.file.split('/').pop(), s.supersededBy.split('/').pop()])).toEqual([
      ['dang-ky-001-lan-1.yaml', 'dang-ky-001-lan-2.yaml'],
      ['dang-ky-002-a.yaml', 'dang-ky-002-b.yaml'],
      ['dang-ky-009-ma-cu.yaml', 'dang-ky-003-trung-ngay.yaml'],
    ]);
    expect(merged.models.map((m) => m.name)).toContain('Dân vận khéo trong chuyển đổi số');
    expect(merged.models.map((m) => m.name)).not.toContain('Bản cũ sẽ bị thay');
  });

  it('reports duplicates across units, version conflicts, empty submissions and missing units, naming both places', () => {
    const rules = merged.diagnostics.map((d) => `${d.file.split('/').pop()}:${d.start.line} ${d.ruleId}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'dang-ky-001-lan-2.yaml:11 merge/duplicate-nominee',
        'dang-ky-002-b.yaml:12 merge/duplicate-nominee',
        'dang-ky-003-trung-ngay.yaml:5 merge/version-conflict',
        'dang-ky-009-ma-cu.yaml:4 merge/version-conflict',
        'de-nghi-004-rong.yaml:2 merge/empty-submission',
        'danh-muc-don-vi.yaml:11 merge/unit-missing',
      ]),
    );
    expect(rules.some((r) => r.endsWith('submission/duplicate'))).toBe(false);
    const dup = merged.diagnostics.find(
      (d) => d.ruleId === 'merge/duplicate-nominee' && d.file.endsWith('001-lan-2.yaml') && d.start.line === 11,
    );
    expect(dup?.message).toBe(
      'Cá nhân "Trần Thị Hoà" cũng được đơn vị 002 đưa vào (test/fixtures/merge-inbox/dang-ky-002-b.yaml:12).',
    );
  });

  it('a unit missing past a deadline is told the plan’s sentence for that deadline', () => {
    const missing = merged.diagnostics.find((d) => d.ruleId === 'merge/unit-missing');
    expect(missing?.message).toMatch(
      /^Đơn vị \S+ \(.+\) chưa nộp .+ đã quá hạn "Gửi bản đăng ký 15\/04\/2025"\. Kế hoạch: "Bản đăng ký gửi về Sở Nội vụ chậm nhất là ngày 15\/4\/2025"$/,
    );
  });

  it('keeps provenance on every record', () => {
    const model = merged.models.find((m) => m.name === 'Dân vận khéo trong chuyển đổi số');
    expect(model).toMatchObject({
      unit: '001',
      source: { file: `${INBOX}/dang-ky-001-lan-2.yaml`, line: 9, column: 5, pointer: '/tap_the/1' },
    });
  });

  it('keeps a file with errors (an unsettled version conflict) out of the dataset, and names it', () => {
    const rejected = merged.sources.filter((s) => s.state === 'rejected').map((s) => s.file.split('/').pop());
    expect(rejected).toEqual(['dang-ky-003-trung-ngay.yaml', 'dang-ky-009-ma-cu.yaml']);
    expect(merged.totals.rejected).toBe(2);
    expect(merged.models.map((m) => m.name)).not.toContain('Camera an ninh ánh sáng đường quê');
    expect(result.stdout).toContain(
      `${INBOX}/dang-ky-003-trung-ngay.yaml: bị loại khỏi tổng hợp vì có 1 lỗi; sửa tệp rồi gộp lại.`,
    );
  });
});

describe('danvan merge: a file that cannot be read as text', () => {
  it('is counted and named as left out, not passed over as if never sent', async () => {
    const dir = tmp();
    cpSync(join(ROOT, INBOX), join(dir, 'in'), { recursive: true });
    // Saved by an old editor in Windows-1258: "Sở" as S + 0xD5, not UTF-8.
    writeFileSync(join(dir, 'in', 'dang-ky-cu.yaml'), Buffer.from([0x74, 0x65, 0x6e, 0x3a, 0x20, 0x53, 0xd5, 0x0a]));
    const io = fakeIo(dir);
    expect(await main(['merge', 'in', '--out', 'th.json', '--today', '20/04/2025'], io)).toBe(1);
    expect(io.out()).toContain('in/dang-ky-cu.yaml: bị loại khỏi tổng hợp vì có 1 lỗi; sửa tệp rồi gộp lại.');
    const merged = JSON.parse(readFileSync(join(dir, 'th.json'), 'utf8')) as Consolidation;
    expect(merged.totals.rejected).toBe(3); // the two of the inbox, and this one
    expect(io.out()).toMatch(/3 hồ sơ bị loại vì có lỗi/);
  });
});

describe('danvan merge: output safety', () => {
  it('never overwrites without --force and never modifies inputs', async () => {
    const dir = tmp();
    cpSync(join(ROOT, INBOX), join(dir, 'in'), { recursive: true });
    const before = readdirSync(join(dir, 'in')).map((f) => readFileSync(join(dir, 'in', f), 'utf8'));
    writeFileSync(join(dir, 'out.json'), 'cũ');
    const io = fakeIo(dir);
    expect(await main(['merge', 'in', '--out', 'out.json'], io)).toBe(2);
    expect(io.err()).toContain('--force');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('cũ');
    expect(await main(['merge', 'in', '--out', 'out.json', '--force'], fakeIo(dir))).toBe(1);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toContain('danvan-consolidation');
    expect(readdirSync(join(dir, 'in')).map((f) => readFileSync(join(dir, 'in', f), 'utf8'))).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a .json input that is not a danvan consolidation (exit 2)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'khac.json'), '{"a": 1}');
    const io = fakeIo(dir);
    expect(await main(['merge', 'khac.json', '--out', 'o.json'], io)).toBe(2);
    expect(io.err()).toContain('không phải tệp tổng hợp');
  });

  it('shows progress only on a terminal outside CI', async () => {
    const tty = fakeIo(ROOT, { CI: '' }, true);
    await main(['merge', INBOX, '--out', join(tmp(), 'o.json')], tty);
    expect(tty.err()).toContain('Đang đọc 9/9');
    const ci = fakeIo(ROOT, { CI: 'true' }, true);
    await main(['merge', INBOX, '--out', join(tmp(), 'o.json')], ci);
    expect(ci.err()).toBe('');
  });
});

describe('merge properties', () => {
  const files = readdirSync(join(ROOT, INBOX))
    .sort()
    .map((name) => ({ file: `${INBOX}/${name}`, bytes: new Uint8Array(readFileSync(join(ROOT, INBOX, name))) }));
  const settings = { cwd: ROOT, lang: 'vi' as const, today: '2025-04-20' as IsoDate, maxFileSize: 5 * 1024 * 1024 };
  const mergeOf = async (sources: typeof files, previous: Consolidation[] = []) =>
    JSON.stringify((await mergeCampaign([], previous, { ...settings, extraSources: sources })).consolidation);

  it('gives the same dataset whatever the order of the inputs', async () => {
    const reference = await mergeOf(files);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
        async (shuffled) => {
          expect(await mergeOf(shuffled)).toBe(reference);
        },
      ),
      { numRuns: 15, seed: 7 },
    );
  });

  it('merging a merged dataset with more files equals merging everything at once', async () => {
    const everything = await mergeOf(files);
    await fc.assert(
      fc.asyncProperty(fc.subarray(files), async (firstBatch) => {
        const rest = files.filter((f) => !firstBatch.includes(f));
        const first = JSON.parse(
          await mergeOf(firstBatch.length > 0 ? firstBatch : files.slice(0, 1)),
        ) as Consolidation;
        const again = await mergeOf(firstBatch.length > 0 ? rest : files.slice(1), [first]);
        expect(again).toBe(everything);
        expect(await mergeOf([], [JSON.parse(everything) as Consolidation])).toBe(everything);
      }),
      { numRuns: 15, seed: 11 },
    );
  });
});
