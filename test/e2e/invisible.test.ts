import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Consolidation } from '../../src/app/consolidation.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';

// Issue 12, case 3: a zero-width space in a unit code and in a nominee's name, a no-break space after a colon.
describe('invisible characters are cleaned before values are compared', () => {
  const inbox = join(mkdtempSync(join(tmpdir(), 'danvan-invisible-')), 'vl');
  const proposal = join(inbox, 'de-nghi', '001-so-noi-vu.yaml');
  let code: number;
  let out: string;
  let dataset: Consolidation;

  beforeAll(async () => {
    // The plan, the registry and unit 001's proposal and council minutes are all the vote matching needs.
    for (const file of [
      'ke-hoach.yaml',
      'danh-muc-don-vi.yaml',
      'de-nghi/001-so-noi-vu.yaml',
      'bien-ban/001-so-noi-vu.yaml',
    ])
      cpSync(join(ROOT, 'examples/vinh-long-2025', file), join(inbox, file));
    const text = readFileSync(proposal, 'utf8')
      .replace('ma_don_vi: "001"', 'ma_don_vi: "0\u200b01"')
      .replace('ten_don_vi: ', 'ten_don_vi:\u00a0')
      .replace(/(ca_nhan:\n {2}- ho_ten: )(\S+) /, '$1$2\u200b ');
    writeFileSync(proposal, text);
    const io = fakeIo(inbox);
    code = await main(['merge', '.', '--out', 'm.json', '--today', '31/12/2025'], io);
    out = io.out();
    dataset = JSON.parse(readFileSync(join(inbox, 'm.json'), 'utf8')) as Consolidation;
  });

  it('the unit code and the colon are read as meant: no error, the file counts', () => {
    expect(dataset.totals.errors).toBe(0);
    expect(code).toBe(0);
    expect(dataset.sources.find((s) => s.file === 'de-nghi/001-so-noi-vu.yaml')).toMatchObject({
      state: 'effective',
      unit: '001',
    });
  });

  it('the nominee keeps the vote recorded under the clean name', () => {
    const people = dataset.nominees.filter((n) => n.unit === '001' && n.subject === 'ca-nhan');
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      expect(person.name).not.toMatch(/\u200b/);
      expect(person.vote).not.toBeNull();
    }
  });

  it('each character is named by code point at its line:col', () => {
    expect(out).toMatch(/de-nghi\/001-so-noi-vu\.yaml:6:14 {2}lưu ý {2}Ký tự ẩn ‹U\+200B› \(khoảng trắng độ rộng 0\)/);
    expect(out).toMatch(/de-nghi\/001-so-noi-vu\.yaml:7:12 {2}lưu ý {2}Ký tự ẩn ‹U\+00A0› \(khoảng trắng không ngắt\)/);
  });
});
