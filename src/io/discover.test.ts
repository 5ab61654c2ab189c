import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverInputs, findOnDisk, outputPathAsStored } from './discover.js';
import { writeOutputAtomic } from './write-output.js';

// Issue 12, case 5: folders copied from a Mac keep decomposed (NFD) names; Linux and NTFS compare names byte for byte,
// while what the officer types (or the shell passes) is composed (NFC). Folder parts must match like file names.
const nfd = (text: string) => text.normalize('NFD');
const REGISTRATION = 'loai: dang-ky\n';

function inbox(names: { folder: string; sub: string; file: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-discover-'));
  mkdirSync(join(dir, names.folder, names.sub), { recursive: true });
  writeFileSync(join(dir, names.folder, names.sub, names.file), REGISTRATION);
  return dir;
}

describe('folders stored decomposed, typed composed', () => {
  const dir = inbox({ folder: nfd('hộp-thư'), sub: nfd('Đợt 1'), file: nfd('Đăng ký Sở Nội vụ.yaml') });

  it('stores what the test means to store (NFD bytes differ from NFC)', () => {
    expect(nfd('hộp-thư')).not.toBe('hộp-thư');
    expect(existsSync(join(dir, 'hộp-thư'))).toBe(process.platform === 'darwin'); // APFS/HFS+ fold normalisation
  });

  it.each([
    ['hộp-thư/**/Đăng ký*.yaml'],
    ['hộp-thư/Đợt 1/*.yaml'],
    ['hộp-thư/*/Đăng ký Sở Nội vụ.yaml'],
    ['hộp-thư'],
    ['hộp-thư/Đợt 1'],
    ['hộp-thư/Đợt 1/Đăng ký Sở Nội vụ.yaml'],
  ])('%s finds the file, by its stored path', async (typed) => {
    const found = await discoverInputs([typed], dir);
    expect(found.missing).toEqual([]);
    expect(found.files).toHaveLength(1);
    expect(existsSync(found.files[0] ?? '')).toBe(true);
  });

  it('a pattern typed decomposed finds a folder stored composed', async () => {
    const composed = inbox({ folder: 'hộp-thư', sub: 'Đợt 1', file: 'Đăng ký.yaml' });
    expect((await discoverInputs([nfd('hộp-thư/**/Đăng ký*.yaml')], composed)).files).toHaveLength(1);
    expect((await discoverInputs([nfd('hộp-thư')], composed)).files).toHaveLength(1);
  });

  it('a folder that is not there stays missing, normalised or not', async () => {
    const found = await discoverInputs(['hộp-thư-khác/**/*.yaml', 'hộp-thư/Đợt 2'], dir);
    expect(found.missing).toEqual(['hộp-thư-khác/**/*.yaml', 'hộp-thư/Đợt 2']);
    expect(await findOnDisk(join(dir, 'hộp-thư', 'Đợt 2'))).toBeUndefined();
  });

  it('case counts where the file system counts it (Linux), not on Windows or macOS', async () => {
    const found = await discoverInputs(['HỘP-THƯ/**/*.YAML'], dir);
    expect(found.files).toHaveLength(process.platform === 'linux' ? 0 : 1);
  });
});

// Issue 12: an output path typed composed goes into the folder stored decomposed, never into a look-alike beside it.
describe('output paths resolve existing folder parts as stored', () => {
  const dir = inbox({ folder: nfd('hộp-thư'), sub: nfd('Đợt 1'), file: 'a.yaml' });

  it('spells existing parts as stored and keeps new parts as typed', async () => {
    expect(await outputPathAsStored(join(dir, 'hộp-thư', 'tổng-hợp.json'))).toBe(
      join(dir, nfd('hộp-thư'), 'tổng-hợp.json'),
    );
    expect(await outputPathAsStored(join(dir, 'hộp-thư', 'Đợt 1', 'mới', 'x.pdf'))).toBe(
      join(dir, nfd('hộp-thư'), nfd('Đợt 1'), 'mới', 'x.pdf'),
    );
    expect(await outputPathAsStored(join(dir, 'khác', 'x.pdf'))).toBe(join(dir, 'khác', 'x.pdf'));
  });

  it('a write through a composed path lands in the decomposed folder: one folder, not two', async () => {
    await writeOutputAtomic(join(dir, 'hộp-thư', 'tổng-hợp.json'), '{}', false);
    expect(readdirSync(dir)).toEqual([nfd('hộp-thư')]);
    expect(readdirSync(join(dir, nfd('hộp-thư')))).toContain('tổng-hợp.json');
  });
});
