import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  // A copy of the campaign's mau-van-ban/ to edit for one test, in a folder of its own.
  const copyOfTemplates = (name: string) => {
    const copy = join(dir, name);
    cpSync(mau, copy, { recursive: true });
    return copy;
  };

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
    edit('bao-cao-tong-hop', '  nang-chat: Kiện toàn, bổ sung\n', '  nang-chat: Củng cố, kiện toàn\n');
    edit('bao-cao-tong-hop', '  duy-tri: Duy trì\n', '  duy-tri: UBND tỉnh xét duy trì\n');
    // Saved under a name danvan does not read (an editor's .yml), beside the officer's own notes.
    writeFileSync(join(mau, 'bao-cao.yml'), readFileSync(join(mau, 'bao-cao.yaml')));
    writeFileSync(join(mau, 'ghi-chu.txt'), 'Sửa lại đoạn 2 trước khi trình.\n');
    merge = runCli(['merge', campaign, '--out', merged]);
    run = runCli(['dossier', merged, '--out', out, '--unit', '001', '--format', 'docx']);
  }, 120_000);

  it('copies every shipped template into mau-van-ban/, and never overwrites one without --force', () => {
    expect(copied.status).toBe(0);
    expect(
      readdirSync(mau)
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    ).toEqual(readdirSync('templates/dossier').sort());
    expect(copied.stdout).toContain(join(mau, 'to-trinh.yaml'));
    expect(copied.stdout).toContain(`--templates ${campaign}/mau-van-ban`); // how to name it from elsewhere
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
  });

  it("writes the campaign's wording where it has its own file, the shipped wording elsewhere", () => {
    expect(merge.status).toBe(0); // mau-van-ban/ holds wording, not submissions: validate and merge walk past it
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Mẫu lời văn của đợt: ${mau}\n`); // which wording went in, said
    expect(documentXml(join(out, '001-to-trinh.docx'))).toContain(OWN_SENTENCE);
    expect(documentXml(join(out, '001-bien-ban.docx'))).toContain('Phiên họp kết thúc lúc');
    // The review outcome named as the campaign's consolidated report names it, mid-sentence.
    expect(documentXml(join(out, '001-bao-cao.docx'))).toContain('Đề xuất: củng cố, kiện toàn.');
    expect(documentXml(join(out, '001-bao-cao.docx'))).toContain('Đề xuất: UBND tỉnh xét duy trì.'); // as written
    expect(existsSync(join(out, '001-to-trinh.pdf'))).toBe(false); // --format docx
  });

  it('says when Word copies of an earlier run are left beside PDFs it did not write them with', () => {
    const pdfOnly = runCli(['dossier', merged, '--out', out, '--unit', '001', '--format', 'pdf', '--force']);
    expect(pdfOnly.status).toBe(0);
    expect(pdfOnly.stderr).toContain('Lưu ý: còn 4 tệp định dạng khác từ lần chạy trước'); // the .docx run made no sets
    expect(pdfOnly.stderr).toContain(join(out, '001-to-trinh.docx'));
  });

  it('warns about a template-like file it does not read, with the name meant, and leaves other files alone', () => {
    const warning = run.stderr.split('\n').filter((line) => line.includes('[dossier/template-not-read]'));
    expect(warning).toHaveLength(1);
    expect(warning[0]).toContain(join(mau, 'bao-cao.yml'));
    expect(warning[0]).toContain('Có phải ý bạn là "bao-cao.yaml"?');
    expect(run.stderr).not.toContain('ghi-chu.txt');
  });

  it('reports a placeholder no one can fill at its line and column in the campaign template, and draws nothing', () => {
    const other = copyOfTemplates('mau-khac');
    const path = join(other, 'to-trinh.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(OWN_SENTENCE, `Theo chỉ đạo {chi_dao_moi}.`));
    const target = join(dir, 'ho-so-loi');
    const r = runCli(['dossier', merged, '--out', target, '--unit', '001', '--templates', other]);
    expect(r.status).toBe(1);
    // Not in the file's own list: found when the template is read, for every document made from it.
    expect(r.stderr).toContain(
      `${path}:8:18  lỗi  Mẫu dùng chỗ trống {chi_dao_moi} mà danvan không điền được; sửa mẫu theo danh sách`,
    );
    expect(r.stderr).toContain('[dossier/unknown-placeholder]');
    expect(existsSync(join(target, '001-to-trinh.docx'))).toBe(false);
  });

  it('stops with a located error when a campaign template is not valid YAML', () => {
    const broken = copyOfTemplates('mau-hong');
    writeFileSync(join(broken, 'bao-cao.yaml'), 'tieu_de: [chưa đóng\n');
    const r = runCli(['dossier', merged, '--out', join(dir, 'ho-so-hong'), '--unit', '001', '--templates', broken]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${join(broken, 'bao-cao.yaml')}:\\d+:\\d+  lỗi  .*\\[yaml/`));
    expect(r.stdout).toContain('0 tệp');
    // The data has proposals: the run stopped at the template, and says nothing else.
    expect(r.stderr).not.toContain('Không có đề nghị khen thưởng');
  });

  it('reports a renamed or retyped field of a campaign template where it is, never a stack trace', () => {
    const edited = copyOfTemplates('mau-doi-ten');
    const path = join(edited, 'to-trinh.yaml');
    const text = readFileSync(path, 'utf8')
      .replace('noi_nhan:', 'noi_nhn:')
      .replace(/^trich_yeu: >-\n( {2}.*\n)+/m, 'trich_yeu: 5\n');
    writeFileSync(path, text);
    const line = (key: string) => text.split('\n').findIndex((l) => l.startsWith(key)) + 1;
    const r = runCli(['dossier', merged, '--out', join(dir, 'ho-so-doi-ten'), '--unit', '001', '--templates', edited]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path}:${line('trich_yeu')}:12  lỗi  Sai kiểu dữ liệu: cần chuỗi chữ`);
    expect(r.stderr).toContain('Thiếu trường bắt buộc "noi_nhan".  [schema/required]');
    expect(r.stderr).toContain(
      `${path}:${line('noi_nhn')}:1  cảnh báo  Trường "noi_nhn" không có trong mẫu. Có phải ý bạn là "noi_nhan"?`,
    );
    expect(r.stderr).not.toMatch(/không mong đợi|TypeError| {4}at /);
    expect(r.stdout).toContain('0 tệp');
    const en = runCli([
      'dossier',
      merged,
      '--out',
      join(dir, 'ho-so-doi-ten'),
      '--unit',
      '001',
      '--templates',
      edited,
      '--lang',
      'en',
    ]);
    expect(en.stderr).toContain('Missing required field "noi_nhan".');
    // Braces that would reach the signed document as typed: a doubled pair ("{Sở Nội vụ}"), and a placeholder in a
    // text printed as written (the chair's title). Each said where, nothing drawn.
    for (const [name, from, to, message] of [
      ['to-trinh', '{ten_don_vi} đã tổ chức', '{{ten_don_vi}} đã tổ chức', 'Dấu ngoặc nhọn không thành chỗ trống'],
      [
        'bien-ban',
        'phai: CHỦ TRÌ',
        'phai: CHỦ TRÌ {nam}',
        'Trường này được in nguyên văn: danvan không điền chỗ trống',
      ],
    ] as const) {
      const wrong = copyOfTemplates(`mau-${name}-ngoac`);
      const file = join(wrong, `${name}.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
      const r = runCli(['dossier', merged, '--out', join(wrong, 'ho-so'), '--unit', '001', '--templates', wrong]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`${file}:\\d+:\\d+  lỗi  ${message}`));
      expect(r.stdout).toContain('0 tệp');
    }
  });

  it('reports every unknown placeholder of every template in one run, each once at its place, before drawing', () => {
    const other = copyOfTemplates('mau-bien-ban');
    const path = join(other, 'bien-ban.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('Phiên họp kết thúc lúc', 'Phiên họp {gio_mo_dau} kết thúc lúc'),
    );
    const summary = join(other, 'to-trinh-tong-hop.yaml');
    writeFileSync(
      summary,
      readFileSync(summary, 'utf8').replace('Thực hiện {ke_hoach}', 'Thực hiện {ten_so} {ke_hoach}'),
    );
    const target = join(dir, 'ho-so-bien-ban');
    const r = runCli(['dossier', merged, '--out', target, '--templates', other, '--format', 'docx']);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/\[dossier\/unknown-placeholder\]/g)).toHaveLength(2); // once per template, not per unit
    expect(r.stderr).toMatch(new RegExp(`${path}:\\d+:\\d+  lỗi  Mẫu dùng chỗ trống \\{gio_mo_dau\\}`));
    expect(r.stderr).toMatch(new RegExp(`${summary}:\\d+:\\d+  lỗi  Mẫu dùng chỗ trống \\{ten_so\\}`));
    expect(r.stdout).toMatch(/; 0 tệp/);
    expect(existsSync(join(target, '001-bien-ban.docx'))).toBe(false);
  });

  it('refuses every unit a listed placeholder cannot be filled for where it is used, with the reason, said once', () => {
    const other = copyOfTemplates('mau-bien-ban-2');
    const path = join(other, 'bien-ban.yaml');
    // {gio_ket_thuc} is in the file's list, but filled only in ket_thuc: in trich_yeu no unit's Biên bản can have it.
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^trich_yeu: (.*)$/m, 'trich_yeu: $1 lúc {gio_ket_thuc}'));
    const target = join(dir, 'ho-so-bien-ban-2');
    const r = runCli(['dossier', merged, '--out', target, '--templates', other, '--format', 'docx']);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/\[dossier\/unknown-placeholder\]/g)).toHaveLength(1);
    // At its use on the trich_yeu line (line 3), not at the list in the opening comment.
    expect(r.stderr).toMatch(
      new RegExp(`${path}:3:\\d+  lỗi  Chỗ trống \\{gio_ket_thuc\\} không được điền ở trường này \\(đơn vị 001\\)`),
    );
    expect(r.stderr).toContain('Từ chối hồ sơ đơn vị 001 (Sở Nội vụ): Chỗ trống {gio_ket_thuc} không được điền');
    expect(r.stdout).toMatch(/Đã lập hồ sơ cho 0 đơn vị, từ chối 15 đơn vị; 0 tệp/);
    expect(existsSync(join(target, '001-bien-ban.docx'))).toBe(false);
  });

  it("makes the consolidated report from the campaign's bao-cao-tong-hop.yaml too, and locates its gaps", () => {
    const own = copyOfTemplates('mau-bao-cao');
    const path = join(own, 'bao-cao-tong-hop.yaml');
    const shipped = readFileSync(path, 'utf8');
    writeFileSync(path, shipped.replace('Trên đây là báo cáo kết quả', 'Trên đây là bản báo cáo riêng về kết quả'));
    const report = (out: string) =>
      runCli(['report', merged, '--ky', 'ca-nam', '-o', join(dir, out), '-f', 'docx', '--templates', own]);
    const r = report('bc.pdf');
    expect(r.status).toBe(0);
    expect(documentXml(join(dir, 'bc.docx'))).toContain('Trên đây là bản báo cáo riêng về kết quả');
    writeFileSync(path, shipped.replace('Trên đây là báo cáo kết quả', 'Trên đây {ket_luan}'));
    const gap = report('bc-loi.pdf');
    expect(gap.status).toBe(1);
    expect(gap.stderr).toMatch(new RegExp(`${path}:\\d+:\\d+  lỗi  Mẫu dùng chỗ trống \\{ket_luan\\}`));
    expect(gap.stderr).not.toContain('(đơn vị'); // the receiving body's report: no unit named
    expect(existsSync(join(dir, 'bc-loi.docx'))).toBe(false);
    expect(gap.stdout).not.toContain('đơn vị đã gửi'); // no summary of a report that was not made
  });

  it("names the review outcomes in the Excel workbook as the campaign's bao-cao-tong-hop.yaml does", () => {
    const own = copyOfTemplates('mau-excel');
    const path = join(own, 'bao-cao-tong-hop.yaml');
    const shipped = readFileSync(path, 'utf8');
    writeFileSync(path, shipped.replace(/ {2}duy-tri: .*\n/, '  duy-tri: Duy trì, phát huy\n'));
    const excel = (out: string) => runCli(['excel', merged, '--out', join(dir, out), '--templates', own]);
    const r = excel('th.xlsx');
    expect(r.status).toBe(0);
    const sheets = Object.entries(unzipSync(readFileSync(join(dir, 'th.xlsx'))))
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, data]) => strFromU8(data))
      .join('');
    expect(sheets).toContain('Duy trì, phát huy');
    // Its wording unreadable: said where, and no workbook names the outcomes otherwise than the report would.
    writeFileSync(path, shipped.replace(/ {2}duy-tri: .*\n/, '  duy-tri: [Duy trì\n'));
    const broken = excel('th-loi.xlsx');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(new RegExp(`${path}:\\d+:\\d+  lỗi  `));
    expect(existsSync(join(dir, 'th-loi.xlsx'))).toBe(false);
  });

  it("finds mau-van-ban/ in the campaign's folder when the campaign uses a shipped plan (merge --plan <id>)", () => {
    const shippedPlan = join(dir, 'ke-hoach-co-san');
    cpSync(campaign, shippedPlan, { recursive: true });
    rmSync(join(shippedPlan, 'ke-hoach.yaml'));
    const dataset = join(dir, 'tong-hop-co-san.json');
    expect(runCli(['merge', shippedPlan, '--plan', 'vinh-long-2025', '--out', dataset]).status).toBe(0);
    const target = join(dir, 'ho-so-co-san');
    expect(runCli(['dossier', dataset, '--out', target, '--unit', '001', '--format', 'docx']).status).toBe(0);
    expect(documentXml(join(target, '001-bien-ban.docx'))).toContain('Phiên họp kết thúc lúc');
  });

  it('finds them too when the dossier runs from another folder than the merge did', () => {
    const here = join(dir, 'tu-thu-muc');
    cpSync(campaign, here, { recursive: true });
    // merge in the campaign's folder: the dataset names its files relative to it ("bien-ban/001-so-noi-vu.yaml").
    expect(runCli(['merge', '.', '--out', 'tong-hop.json'], here).status).toBe(0);
    const target = join(dir, 'ho-so-tu-thu-muc');
    const r = runCli(['dossier', join(here, 'tong-hop.json'), '--out', target, '--unit', '001', '--format', 'docx']);
    expect(r.status).toBe(0);
    expect(documentXml(join(target, '001-bien-ban.docx'))).toContain('Phiên họp kết thúc lúc');
  });

  it('says when the campaign folder has moved since merge, so its wording cannot be found, instead of staying silent', () => {
    const before = join(dir, 'dot-cu');
    cpSync(campaign, before, { recursive: true });
    const dataset = join(dir, 'tong-hop-dot-cu.json');
    expect(runCli(['merge', before, '--out', dataset]).status).toBe(0);
    renameSync(before, join(dir, 'dot-cu-da-nop'));
    const r = runCli(['dossier', dataset, '--out', join(dir, 'ho-so-dot-cu'), '--unit', '001', '--format', 'docx']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `${dataset}:1:1  cảnh báo  Không tìm thấy tệp .*ke-hoach\\.yaml.*--templates.*\\[dossier/plan-folder-gone\\]`,
      ),
    );
    expect(r.stdout).not.toContain('Mẫu lời văn của đợt');
  });

  it('refuses --templates naming the campaign folder, and says when templates are copied where no plan is', () => {
    const r = runCli(['dossier', merged, '--out', join(dir, 'x'), '--templates', campaign]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--templates ${mau}`);
    // A folder with no template (empty, or one of the campaign's kinds): the shipped wording would pass for the campaign's.
    const kind = runCli(['dossier', merged, '--out', join(dir, 'x'), '--templates', join(campaign, 'de-nghi')]);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain('--templates chỉ tới thư mục không có tệp mẫu nào');
    const typo = join(dir, 'vinh-long-2052');
    const copy = runCli(['templates', typo]);
    expect(copy.status).toBe(0);
    expect(copy.stderr).toContain(`Lưu ý: ${typo} không có tệp kế hoạch`);
    expect(copy.stdout).not.toContain('tự dùng thư mục này');
  });

  it('refuses a --templates folder that does not exist, or is a file', () => {
    const r = runCli(['dossier', merged, '--out', join(dir, 'x'), '--templates', join(dir, 'khong-co')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('khong-co');
    const file = runCli(['dossier', merged, '--out', join(dir, 'x'), '--templates', merged]);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain(`cần một thư mục mẫu lời văn (chứa các tệp .yaml), không phải một tệp: ${merged}`);
  });
});
