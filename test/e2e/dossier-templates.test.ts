import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import type { CliResult } from '../helpers/run-cli.js';

const documentXml = (file: string) => strFromU8(unzipSync(readFileSync(file))['word/document.xml'] ?? new Uint8Array());
const OWN_SENTENCE = 'Lãnh đạo Sở Nội vụ ghi nhận sự vào cuộc của các phòng.';

// A campaign folder with its own mau-van-ban/ (copied by `danvan templates`, then edited as an officer would); the dossier of
// one unit is written from it once, as .docx only (the wording is the same model the PDF draws).
describe('templates per campaign: mau-van-ban/ beside the plan overrides the shipped wording by name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-mau-'));
  const campaign = join(dir, 'vinh-long-2025');
  const merged = join(dir, 'tong-hop.json');
  const out = join(dir, 'ho-so');
  const mau = join(campaign, 'mau-van-ban');
  let copied: CliResult;
  let again: CliResult;
  let run: CliResult;
  let merge: CliResult;

  beforeAll(() => {
    cpSync('examples/vinh-long-2025', campaign, { recursive: true });
    copied = runCli(['templates', campaign]);
    again = runCli(['templates', campaign]);
    const edit = (name: string, from: string, to: string) => {
      const path = join(mau, `${name}.yaml`);
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    };
    edit('to-trinh', 'doan_van:\n', `doan_van:\n  - ${OWN_SENTENCE}\n`);
    edit('bien-ban', 'Cuộc họp kết thúc lúc', 'Phiên họp kết thúc lúc');
    merge = runCli(['merge', campaign, '--out', merged]);
    run = runCli(['dossier', merged, '--out', out, '--unit', '001', '--format', 'docx']);
  }, 120_000);

  it('copies every shipped template into mau-van-ban/, and never overwrites one without --force', () => {
    expect(copied.status).toBe(0);
    expect(readdirSync(mau).sort()).toEqual(readdirSync('templates/dossier').sort());
    expect(copied.stdout).toContain(join(mau, 'to-trinh.yaml'));
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
  });

  it("writes the campaign's wording where it has its own file, the shipped wording elsewhere", () => {
    expect(merge.status).toBe(0); // mau-van-ban/ holds wording, not submissions: validate and merge walk past it
    expect(run.status).toBe(0);
    expect(documentXml(join(out, '001-to-trinh.docx'))).toContain(OWN_SENTENCE);
    expect(documentXml(join(out, '001-bien-ban.docx'))).toContain('Phiên họp kết thúc lúc');
    expect(existsSync(join(out, '001-bao-cao.docx'))).toBe(true);
    expect(existsSync(join(out, '001-to-trinh.pdf'))).toBe(false); // --format docx
  });

  it('reports a placeholder no one can fill at its line and column in the campaign template, and draws nothing', () => {
    const other = join(dir, 'mau-khac');
    cpSync(mau, other, { recursive: true });
    const path = join(other, 'to-trinh.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(OWN_SENTENCE, `Theo chỉ đạo {chi_dao_moi}.`));
    const target = join(dir, 'ho-so-loi');
    const r = runCli(['dossier', merged, '--out', target, '--unit', '001', '--templates', other]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${path}:8:18  lỗi  Mẫu dùng chỗ trống {chi_dao_moi} mà danvan không điền được (đơn vị 001)`,
    );
    expect(r.stderr).toContain('[dossier/unknown-placeholder]');
    expect(existsSync(join(target, '001-to-trinh.docx'))).toBe(false);
  });

  it('stops with a located error when a campaign template is not valid YAML', () => {
    const broken = join(dir, 'mau-hong');
    cpSync(mau, broken, { recursive: true });
    writeFileSync(join(broken, 'bao-cao.yaml'), 'tieu_de: [chưa đóng\n');
    const r = runCli(['dossier', merged, '--out', join(dir, 'ho-so-hong'), '--unit', '001', '--templates', broken]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${join(broken, 'bao-cao.yaml')}:\\d+:\\d+  lỗi  .*\\[yaml/`));
    expect(r.stdout).toContain('0 tệp');
  });

  it('refuses a --templates folder that does not exist', () => {
    const r = runCli(['dossier', merged, '--out', join(dir, 'x'), '--templates', join(dir, 'khong-co')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('khong-co');
  });
});
