import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Consolidation } from '../../src/app/consolidation.js';
import { runCli } from '../helpers/run-cli.js';
import type { CliResult } from '../helpers/run-cli.js';

const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const tmp = () => mkdtempSync(join(tmpdir(), 'danvan-verdicts-'));
const edit = (file: string, from: string | RegExp, to: string) => {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(file, after);
};
const TODAY = ['--today', '20/12/2025'];

// A six-unit campaign with known outcomes, built from the example: a "2/3" threshold, one nominee voted down and
// one passing at exactly 2/3 (002), an impossible tally (004), a score above its maximum (005), a proposal sent after
// the deadline (006); 001 and 003 are clean. Merged and drawn once; every test reads what the run wrote.
describe('danvan dossier: only what the council passed, refusals with their reasons', () => {
  const dir = tmp();
  const inbox = join(dir, 'hop-thu');
  const merged = join(dir, 'tong-hop.json');
  const out = join(dir, 'ho-so');
  const text = (file: string) =>
    execFileSync('pdftotext', [join(out, file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  let result: CliResult;

  beforeAll(() => {
    cpSync('examples/vinh-long-2025', inbox, { recursive: true });
    const kept = ['001', '002', '003', '004', '005', '006'];
    for (const kind of ['de-nghi', 'bien-ban', 'bao-cao', 'cham-diem'])
      for (const file of readdirSync(join(inbox, kind)))
        if (!kept.includes(file.slice(0, 3))) rmSync(join(inbox, kind, file));
    edit(join(inbox, 'ke-hoach.yaml'), 'ty_le_toi_thieu: 90', 'phan_so: "2/3"');
    const bb002 = join(inbox, 'bien-ban', '002-so-tai-chinh.yaml');
    edit(
      bb002,
      /ma_mo_hinh: MH01\n {4}dong_y: 9\n {4}khong_dong_y: 0/,
      'ma_mo_hinh: MH01\n    dong_y: 5\n    khong_dong_y: 4',
    );
    edit(
      bb002,
      /Châu Ngọc Hân\n {4}dong_y: 9\n {4}khong_dong_y: 0/,
      'Châu Ngọc Hân\n    dong_y: 6\n    khong_dong_y: 3',
    );
    edit(join(inbox, 'bien-ban', '004-so-nong-nghiep-moi-truong.yaml'), 'dong_y: 14', 'dong_y: 15');
    edit(join(inbox, 'cham-diem', '005-so-xay-dung.yaml'), 'tu_cham: 4.5', 'tu_cham: 40');
    edit(join(inbox, 'de-nghi', '006-so-van-hoa-the-thao-du-lich.yaml'), /ngay_gui: .*/, 'ngay_gui: 16/12/2025');
    // 003 stands in for a Party body: its registry entry says so, and its documents take the Party layout.
    edit(
      join(inbox, 'danh-muc-don-vi.yaml'),
      '    ten: Sở Tư pháp\n    loai_don_vi: so-nganh\n',
      '    ten: Sở Tư pháp\n    loai_don_vi: so-nganh\n    tieu_de:\n      co_quan_chu_quan: ĐẢNG BỘ TỈNH VĨNH LONG\n      ten_co_quan: ĐẢNG ỦY SỞ TƯ PHÁP\n      loai_co_quan: dang\n',
    );
    const dn003 = join(inbox, 'de-nghi', '003-so-tu-phap.yaml');
    edit(dn003, 'so_hieu: "1321/TTr-STP"', 'so_hieu: "15-TTr/ĐU"');
    edit(dn003, '  chuc_vu: Giám đốc\n  tham_quyen: GIÁM ĐỐC', '  chuc_vu: Bí thư\n  tham_quyen: T/M BAN THƯỜNG VỤ');
    runCli(['merge', inbox, '--out', merged, ...TODAY]);
    result = runCli(['dossier', merged, '--out', out, ...TODAY, '--jobs', '2']);
  }, 120_000);

  it('writes the clean units, refuses the others with one line each giving every reason, exit 1', () => {
    expect(result.status).toBe(1);
    for (const unit of ['001', '002', '003']) expect(existsSync(join(out, `${unit}-to-trinh.pdf`)), unit).toBe(true);
    for (const unit of ['004', '005', '006']) {
      expect(existsSync(join(out, `${unit}-to-trinh.pdf`)), unit).toBe(false);
      expect(result.stderr).toMatch(new RegExp(`^Từ chối hồ sơ đơn vị ${unit} \\(.+\\): .+\\.$`, 'm'));
    }
    expect(result.stdout).toMatch(/Đã lập hồ sơ cho 3 đơn vị, từ chối 3 đơn vị;/);
  });

  it('says why each unit was refused, located in its files', () => {
    const line = (unit: string) => result.stderr.split('\n').find((l) => l.startsWith(`Từ chối hồ sơ đơn vị ${unit}`));
    // The Biên bản with the impossible tally is kept out of the dataset by merge: its errors are the reason.
    expect(line('004')).toContain('nhiều hơn số thành viên có mặt');
    expect(result.stderr).toMatch(
      /bien-ban\/004-so-nong-nghiep-moi-truong\.yaml:\d+:\d+ {2}lỗi .*vote\/more-than-present/,
    );
    expect(line('005')).toContain('Bản chấm điểm tiêu chí của đơn vị 005');
    expect(result.stderr).toMatch(/cham-diem\/005-so-xay-dung\.yaml:\d+:\d+ {2}lỗi {2}Bản chấm điểm tiêu chí/);
    expect(line('006')).toContain('Nộp muộn 2 ngày'); // 16/12 against "trước ngày 15/12"
    expect(line('006')).toContain('trước ngày 15/12/2025');
  });

  it('leaves a nominee below the threshold out, with a warning naming the share and the threshold', () => {
    expect(result.stderr).toMatch(
      /de-nghi\/002-so-tai-chinh\.yaml:\d+:\d+ {2}cảnh báo {2}"Phòng Doanh nghiệp, kinh tế tập thể và kinh tế tư nhân" \(đơn vị 002\) đạt 5\/9 phiếu đồng ý \(55,56%\), dưới ngưỡng 2\/3 của kế hoạch/,
    );
    expect(result.stderr).not.toContain('Châu Ngọc Hân'); // 6 of 9 reaches 2/3 exactly
  });

  it('says the threshold is an assumption: seed 000 states none (bieu_quyet in gia_dinh), as the dataset records', () => {
    expect(result.stderr).toMatch(
      /dưới ngưỡng 2\/3 của kế hoạch: không đưa vào Tờ trình và danh sách đề nghị\. \(Giả định: kế hoạch không nêu quy định này\.\) {2}\[dossier\/below-threshold\]/,
    );
    const dataset = JSON.parse(readFileSync(merged, 'utf8')) as Consolidation;
    expect(dataset.plan?.ruleQuotes?.bieu_quyet).toEqual({ assumed: true });
    expect(dataset.plan?.ruleQuotes?.ho_so?.source).toMatch(/^Hồ sơ khen thưởng lập thành 02 bộ gồm: Tờ trình/);
  });

  it.runIf(hasPoppler)(
    'lists and counts only the nominees who passed, in the unit and in the province Tờ trình',
    () => {
      const toTrinh = text('002-to-trinh.pdf');
      expect(toTrinh).toContain('Châu Ngọc Hân');
      expect(toTrinh).not.toContain('Đồng hành cùng hộ kinh doanh lên doanh nghiệp'); // the collective voted down
      expect(toTrinh).toContain('00 tập thể và 01 cá nhân');
      const summary = text('tong-hop-to-trinh.pdf');
      expect(summary).toContain('Châu Ngọc Hân');
      expect(summary).not.toContain('Đồng hành cùng hộ kinh doanh lên doanh nghiệp');
      // Refused units' nominees do not go up either: 001 (1+2) and 003 (1+2) and 002 (0+1).
      expect(summary).toContain('hồ sơ đề nghị khen thưởng của 03 cơ quan');
      for (const refused of ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Văn hóa'])
        expect(summary).not.toContain(refused);
    },
  );

  it.runIf(hasPoppler)(
    'writes the Biên bản with shares half-up, decimal commas and the threshold as the plan says',
    () => {
      const bienBan = text('002-bien-ban.pdf');
      expect(bienBan).toContain('ngưỡng của kế hoạch: 2/3');
      expect(bienBan).toMatch(/Phòng Doanh nghiệp.* 5 4 55,56% Không đạt/);
      expect(bienBan).toMatch(/Châu Ngọc Hân .*6 3 66,67% Đạt/);
    },
  );

  it.runIf(hasPoppler)("draws a Party body's documents in the Party layout, every document type", () => {
    for (const part of ['to-trinh', 'bien-ban', 'bao-cao', 'cham-diem']) {
      const page = text(`003-${part}.pdf`);
      expect(page, part).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(page, part).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(page, part).not.toContain('Độc lập - Tự do - Hạnh phúc');
    }
    const toTrinh = text('003-to-trinh.pdf');
    expect(toTrinh).toContain('ĐẢNG BỘ TỈNH VĨNH LONG');
    expect(toTrinh).toContain('ĐẢNG ỦY SỞ TƯ PHÁP');
    expect(toTrinh).toContain('Số 15-TTr/ĐU');
    expect(toTrinh).toContain('T/M BAN THƯỜNG VỤ BÍ THƯ');
    // A state body beside it keeps Nghị định 30.
    expect(text('001-to-trinh.pdf')).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});

describe('danvan dossier: nothing silent', () => {
  const dir = tmp();
  const merged = join(dir, 'tong-hop.json');
  const empty = join(dir, 'khong-de-nghi');
  beforeAll(() => {
    runCli(['merge', 'examples/vinh-long-2025', '--out', merged, ...TODAY]);
    cpSync('examples/vinh-long-2025', empty, { recursive: true });
    rmSync(join(empty, 'de-nghi'), { recursive: true });
  }, 60_000);

  it('an unknown --unit is a usage error naming the nearest codes', () => {
    const r = runCli(['dossier', merged, '--out', join(dir, 'a'), '--unit', '999']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--unit 999: không có đơn vị mã "999" trong danh mục; mã gần nhất: 009/);
    const one = runCli(['dossier', merged, '--out', join(dir, 'b'), '--unit', '1']);
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/--unit 1: không có đơn vị mã "1" trong danh mục; mã gần nhất: 001/);
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

  // One unit's dataset whose plan names no signer for the receiving body's Tờ trình (made once, read by two tests).
  let oneUnitDataset: string | undefined;
  const oneUnit = (): string => {
    if (oneUnitDataset) return oneUnitDataset;
    // Made by hand from the merged dataset: without merge's integrity line, which the edit would no longer match.
    const { integrity: _sealed, ...c } = JSON.parse(readFileSync(merged, 'utf8')) as Consolidation & {
      integrity?: string;
    };
    const { receiverDocument: _dropped, ...plan } = c.plan ?? ({} as NonNullable<Consolidation['plan']>);
    oneUnitDataset = join(dir, 'mot-don-vi.json');
    writeFileSync(
      oneUnitDataset,
      JSON.stringify({
        ...c,
        plan,
        sources: c.sources.filter((src) => src.unit === undefined || src.unit === '001'),
        nominees: c.nominees.filter((n) => n.unit === '001'),
      }),
    );
    return oneUnitDataset;
  };

  it("never draws the receiving body's Tờ trình without a named signer; says what the plan lacks", () => {
    const out = join(dir, 'khong-nguoi-ky');
    const r = runCli(['dossier', oneUnit(), '--out', out, ...TODAY, '--jobs', '1', '-f', 'pdf']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/ke-hoach\.yaml:1:1 {2}cảnh báo {2}Kế hoạch chưa ghi người ký Tờ trình tổng hợp/);
    expect(existsSync(join(out, '001-to-trinh.pdf'))).toBe(true);
    expect(existsSync(join(out, 'tong-hop-to-trinh.pdf'))).toBe(false);
  });

  it("draws the receiving body's Tờ trình signed by the person named on the command line", () => {
    const signed = join(dir, 'co-nguoi-ky');
    const withSigner = runCli([
      'dossier',
      oneUnit(),
      '--out',
      signed,
      ...TODAY,
      '--jobs',
      '1',
      '-f',
      'pdf',
      '--nguoi-ky',
      'Trần Văn Bình',
      '--chuc-vu',
      'Phó Giám đốc',
      '--tham-quyen',
      'KT. GIÁM ĐỐC',
    ]);
    expect(withSigner.status).toBe(0);
    expect(withSigner.stderr).not.toContain('Kế hoạch chưa ghi người ký');
    if (hasPoppler) {
      const summary = execFileSync('pdftotext', [join(signed, 'tong-hop-to-trinh.pdf'), '-'], { encoding: 'utf8' });
      for (const expected of ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Văn Bình']) expect(summary).toContain(expected);
    }
  });

  it('an inbox without award proposals says so and exits 1', () => {
    const r = runCli(['dossier', empty, '--out', join(dir, 'c'), ...TODAY]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Không có đề nghị khen thưởng (loai: de-nghi-khen-thuong) nào trong dữ liệu');
    expect(r.stdout).toContain('Đã lập hồ sơ cho 0 đơn vị');
  });
});
