import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Consolidation } from '../../src/app/consolidation.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

const KINDS = ['bao-cao', 'bien-ban', 'cham-diem', 'dang-ky', 'de-nghi'];

/** Every file under dir, relative, so a file written outside the output folder cannot hide. */
const listTree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => p.replaceAll('\\', '/'))
    .sort();

// Issue 12, case 0: one unit's four files name "../../ngoai"; the registry is untouched.
describe('no value from a submitted file chooses where danvan writes', () => {
  const root = mkdtempSync(join(tmpdir(), 'danvan-security-'));
  const inbox = join(root, 'a', 'b', 'vl');
  let merge: { code: number; out: string };
  let dataset: Consolidation;

  beforeAll(async () => {
    // Units 001 (kept) and 002 (hostile) with the plan and the registry: enough, and quick to merge.
    for (const file of ['ke-hoach.yaml', 'danh-muc-don-vi.yaml'])
      cpSync(join(ROOT, 'examples/vinh-long-2025', file), join(inbox, file));
    for (const kind of KINDS)
      for (const unit of ['001-so-noi-vu.yaml', '002-so-tai-chinh.yaml'])
        cpSync(join(ROOT, 'examples/vinh-long-2025', kind, unit), join(inbox, kind, unit));
    for (const kind of KINDS) {
      const file = join(inbox, kind, '002-so-tai-chinh.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^ma_don_vi: .*$/m, 'ma_don_vi: "../../ngoai"'));
    }
    const mergeIo = fakeIo(inbox);
    merge = { code: await main(['merge', '.', '--out', 'm.json'], mergeIo), out: mergeIo.out() };
    dataset = JSON.parse(readFileSync(join(inbox, 'm.json'), 'utf8')) as Consolidation;
  });

  it("merge keeps the unit's files apart, names them, and exits 1", () => {
    expect(merge.code).toBe(1);
    expect(dataset.totals).toMatchObject({ effective: KINDS.length, rejected: KINDS.length });
    for (const kind of KINDS) expect(merge.out).toContain(`${kind}/002-so-tai-chinh.yaml: bị loại khỏi tổng hợp vì có`);
    expect(merge.out).toContain('5 hồ sơ có hiệu lực, 0 bản bị thay thế, 5 hồ sơ bị loại vì có lỗi.');
  });

  it('no record of a rejected file enters the dataset as valid', () => {
    const units = new Set([...dataset.nominees, ...dataset.models, ...dataset.people].map((r) => r.unit));
    expect([...units].some((u) => u.includes('..') || u === '002')).toBe(false);
    expect(dataset.scores.some((s) => s.unitCode.includes('..'))).toBe(false);
    expect(dataset.sources.filter((s) => s.unit?.includes('..'))).toEqual([]);
  });

  it('dossier writes only inside its output folder, and names the rejected files', async () => {
    const dossierIo = fakeIo(inbox);
    const code = await main(['dossier', 'm.json', '--out', 'ho-so', '--unit', '002', '--allow-incomplete'], dossierIo);
    const dossier = { code, err: dossierIo.err(), out: dossierIo.out() };
    // The file's own code names no unit of the registry: asking for it is a usage error, and nothing is written.
    const hostileIo = fakeIo(inbox);
    expect(await main(['dossier', 'm.json', '--out', 'ho-so-2', '--unit', '../../ngoai'], hostileIo)).toBe(2);
    expect(existsSync(join(inbox, 'ho-so-2'))).toBe(false);
    expect(listTree(join(root, 'a'))).not.toContainEqual(expect.stringMatching(/ngoai/));
    expect(listTree(join(inbox, 'ho-so'))).toEqual([]);
    expect(dossier.code).toBe(1);
    expect(dossier.err).toContain('de-nghi/002-so-tai-chinh.yaml: bị loại khỏi tổng hợp vì có');
  });

  it('a hand-edited dataset naming hostile units still writes inside the folder, under sanitized names', async () => {
    // A dataset is a file too: someone may edit it. The 001 proposal is copied under each hostile code. An edit
    // keeping merge's integrity line is refused (dataset-integrity test); one that drops it is read, so the paths
    // must still be safe.
    const { integrity: _sealed, ...unsealed } = dataset as Consolidation & { integrity?: string };
    const hostile = ['/tmp/../../ngoai', '..\\..\\CON'];
    const proposal = dataset.sources.find((s) => s.kind === 'de-nghi-khen-thuong' && s.unit === '001');
    // Only the Tờ trình and one set per unit: the paths are what this test is about, not the parts.
    const edited: Consolidation = {
      ...unsealed,
      plan: dataset.plan && { ...dataset.plan, dossierParts: [], dossierSets: 1 },
      sources: [
        ...dataset.sources.filter((s) => s.state !== 'effective'),
        ...hostile.map((unit) => ({ ...proposal!, unit })),
      ],
      // An editor who adds units adds them to the registry part of the dataset too.
      units: [
        ...dataset.units,
        ...hostile.map((code) => ({ ...dataset.units[0]!, unit: { ...dataset.units[0]!.unit, code } })),
      ],
      nominees: hostile.flatMap((unit) =>
        dataset.nominees.filter((n) => n.unit === '001').map((n) => ({ ...n, unit })),
      ),
    };
    const dir = mkdtempSync(join(tmpdir(), 'danvan-security-edit-'));
    mkdirSync(join(dir, 'x', 'y'), { recursive: true });
    writeFileSync(join(dir, 'x', 'y', 'd.json'), JSON.stringify(edited));
    const io = fakeIo(join(dir, 'x', 'y'));
    await main(['dossier', 'd.json', '--out', 'out', '--unit', hostile.join(','), '--allow-incomplete'], io);
    expect(listTree(dir).filter((p) => !p.startsWith('x/y/out/'))).toEqual(['x', 'x/y', 'x/y/d.json', 'x/y/out']);
    expect(listTree(join(dir, 'x', 'y', 'out')).filter((p) => p.endsWith('to-trinh.pdf'))).toEqual([
      'CON_-to-trinh.pdf',
      'tmp-ngoai-to-trinh.pdf',
    ]);
  });
});
