import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ROOT, runCli } from '../helpers/run-cli.js';
import type { CliResult } from '../helpers/run-cli.js';

// Issue 13: every seed plan end to end. For each preset, its example campaign gives the document that plan's officer
// sends up: the receiving body's consolidated report (danvan report), with the numbers that follow from the example
// files (counted by hand from examples/<preset>/dang-ky and bao-cao; each expectation says where it comes from).
// Seed 000's Tờ trình tổng hợp is checked in dossier.test.ts; here its Sở Nội vụ gets the yearly report too.

const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const folded = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const md5 = (file: string) => createHash('md5').update(readFileSync(file)).digest('hex');

/** Renders the report once for a preset's example folder; every test reads the same file. */
function reportOnce(example: string, args: string[], today: string) {
  const state = { dir: '', pdf: '', text: '', result: undefined as unknown as CliResult };
  beforeAll(() => {
    state.dir = mkdtempSync(join(tmpdir(), `danvan-report-${example}-`));
    state.pdf = join(state.dir, 'bao-cao-tong-hop.pdf');
    state.result = runCli(['report', `examples/${example}`, '--out', state.pdf, '--today', today, ...args]);
    if (hasPoppler && state.result.status === 0) state.text = folded(state.pdf);
  }, 60_000);
  return state;
}

describe('seed 000, UBND tỉnh Vĩnh Long: Sở Nội vụ’s yearly report', () => {
  const run = reportOnce('vinh-long-2025', [], '20/12/2025');

  it('writes the PDF and sums up 15 units, 51 models and 102 people', () => {
    expect(run.result.stderr).toBe('');
    expect(run.result.status).toBe(0);
    expect(run.result.stdout).toContain(
      'Báo cáo năm 2025: 15/15 đơn vị đã gửi, 0 muộn, 0 chưa gửi; 51 mô hình, 102 cá nhân đăng ký.',
    );
  });

  it.runIf(hasPoppler)('is a state document of Sở Nội vụ with the review outcomes of the 15 yearly reports', () => {
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Vĩnh Long, ngày 20 tháng 12 năm 2025',
      // Seed 000: "báo cáo về Ban Tuyên giáo và Dân vận Tỉnh ủy và Ủy ban nhân dân tỉnh" (noi_nhan_bao_cao).
      'Kính gửi: - Ban Tuyên giáo và Dân vận Tỉnh ủy; - Ủy ban nhân dân tỉnh Vĩnh Long;',
      // The plan cited as the dossier cites it: issued with Quyết định 553/QĐ-UBND.
      'Thực hiện Kế hoạch ban hành kèm theo Quyết định số 553/QĐ-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh Vĩnh Long,',
      'nhận được báo cáo năm 2025 của 15/15 cơ quan, đơn vị',
      // 15 registrations list 51 models (21 văn hóa - xã hội, 11 kinh tế, 11 quốc phòng - an ninh, 8 hệ thống chính trị).
      'đăng ký xây dựng 51 mô hình “Dân vận khéo” (51 mô hình đăng ký mới) và 102 cá nhân điển hình',
      // ket_qua_mo_hinh[].de_xuat over the 15 yearly reports: 32 duy-tri, 14 nang-chat, 4 cong-nhan-lai, 1 thanh-loai.
      'duy trì 32 mô hình; kiện toàn, bổ sung 14 mô hình; công nhận lại 04 mô hình; thanh loại 01 mô hình',
      'Phụ lục',
      'TÌNH HÌNH BÁO CÁO NĂM 2025 CỦA CÁC CƠ QUAN, ĐƠN VỊ',
    ])
      expect(run.text).toContain(expected);
  });
});

describe('seed 001, Đảng ủy phường: Ban Xây dựng Đảng’s report before 05/12 to Thường trực Đảng ủy and the Tỉnh ủy', () => {
  const xlsx = join(mkdtempSync(join(tmpdir(), 'danvan-report-xlsx-')), 'bao-cao.xlsx');
  const run = reportOnce('phuong-2026-2031', ['--xlsx', xlsx], '01/12/2026');
  let status: CliResult;
  beforeAll(() => {
    status = runCli(['status', 'examples/phuong-2026-2031', '--today', '01/12/2026']);
  });

  it('sums up the 6 units’ 2026 reports', () => {
    expect(run.result.status).toBe(0);
    expect(run.result.stdout).toContain(
      'Báo cáo năm 2026: 6/6 đơn vị đã gửi, 0 muộn, 0 chưa gửi; 9 mô hình, 6 cá nhân đăng ký.',
    );
  });

  it.runIf(hasPoppler)('goes to both bodies the 05/12 deadline names, with every model’s review outcome', () => {
    for (const expected of [
      // HD36: the committee the Ban serves above the Ban, then "*"; its head signs as TRƯỞNG BAN, no "T/M".
      'ĐẢNG ỦY PHƯỜNG BAN XÂY DỰNG ĐẢNG * Số -BC ĐẢNG CỘNG SẢN VIỆT NAM',
      'Kính gửi: - Thường trực Đảng ủy; - Ban Tuyên giáo và Dân vận Tỉnh ủy;',
      'Hạn gửi báo cáo theo Kế hoạch là trước ngày 25/11/2026',
      '06/06 cơ quan, đơn vị: 06 đơn vị gửi đúng hạn',
      // Sections from the plan's fields: the 9 models of 2026 sit in 4 fields.
      '1. Lĩnh vực kinh tế',
      '4. Lĩnh vực xây dựng hệ thống chính trị',
      'đăng ký xây dựng 09 mô hình “Dân vận khéo” (09 mô hình đăng ký mới) và 06 cá nhân điển hình',
      // de_xuat in the six reports: 5 duy-tri, 2 nang-chat, 1 cong-nhan-lai, 1 thanh-loai.
      'duy trì 05 mô hình; kiện toàn, bổ sung 02 mô hình; công nhận lại 01 mô hình; thanh loại 01 mô hình',
      'Vườn rau sạch hộ gia đình Thanh loại',
      '- Lưu Văn phòng Đảng ủy.',
    ])
      expect(run.text).toContain(expected);
  });

  it('writes the report’s tables as a workbook: one row per unit, every review outcome with its model', async () => {
    const book = new ExcelJS.Workbook();
    // exceljs's load() typings predate Node's generic Buffer; the bytes are an ordinary .xlsx.
    await book.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tinh hinh bao cao',
      'Mo hinh theo linh vuc',
      'Ra soat mo hinh',
    ]);
    // Each sheet opens with its title block; rows are found by their STT.
    const rowWith = (sheet: ExcelJS.Worksheet | undefined, stt: number) => {
      let found: unknown[] = [];
      sheet?.eachRow((row) => {
        if ((row.values as unknown[])[1] === stt) found = (row.values as unknown[]).slice(1);
      });
      return found;
    };
    const units = book.getWorksheet('Tinh hinh bao cao');
    expect(rowWith(units, 6)).toEqual([6, '06', 'Khu phố 7', new Date(Date.UTC(2026, 10, 20)), 'Đúng hạn', 0, 2, 1]);
    const review = book.getWorksheet('Ra soat mo hinh');
    expect(rowWith(review, 10)).toEqual([]); // the 9 models of the six reports
    expect(rowWith(review, 9)).toEqual([
      9,
      'Khu phố 7',
      'MH02',
      'Vườn rau sạch hộ gia đình',
      'Thanh loại', // no ly_do in the example: the reason cell stays empty
    ]);
  });

  it('shows the Ban’s own 05/12 deadline on its own line in status', () => {
    expect(status.stdout).toContain(
      'Hạn của cơ quan tổng hợp: Ban Xây dựng Đảng báo cáo tổng hợp lên Thường trực Đảng ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy, ngày 05/12/2026 (còn 3 ngày)',
    );
  });
});

describe('seed 002, Ban Thường vụ Đảng ủy xã: the 6-month and yearly reports, by the six focus fields', () => {
  const yearly = reportOnce('xa-cong-van-2025-2030', [], '20/12/2025');
  const dir = mkdtempSync(join(tmpdir(), 'danvan-xa-missing-'));
  let missing: CliResult;
  let status: CliResult;
  beforeAll(() => {
    // The case: a unit's 6-month and yearly reports deleted.
    cpSync(join(ROOT, 'examples/xa-cong-van-2025-2030'), dir, { recursive: true });
    rmSync(join(dir, 'bao-cao/03-mttq-xa-6-thang.yaml'));
    rmSync(join(dir, 'bao-cao/03-mttq-xa-ca-nam.yaml'));
    status = runCli(['status', dir, '--today', '31/12/2025']);
    missing = runCli(['report', dir, '--out', join(dir, 'bc.pdf'), '--today', '31/12/2025']);
  }, 60_000);

  it.runIf(hasPoppler)('writes the yearly report, with sections from the focus fields and no stated deadline', () => {
    expect(yearly.result.status).toBe(0);
    for (const expected of [
      'ĐẢNG ỦY XÃ BAN XÂY DỰNG ĐẢNG * Số -BC ĐẢNG CỘNG SẢN VIỆT NAM',
      '- Lưu Văn phòng Đảng ủy. TRƯỞNG BAN Phụ lục',
      'Kính gửi: Ban Thường vụ Đảng ủy xã',
      'Kế hoạch không ghi ngày hạn gửi báo cáo năm',
      '1. Lĩnh vực phát triển kinh tế - xã hội',
      '6. Lĩnh vực chuyển đổi số',
      // 6 registrations: 8 models, one in each of 8 fields; 4 people.
      'đăng ký xây dựng 08 mô hình “Dân vận khéo” (08 mô hình đăng ký mới) và 04 cá nhân điển hình',
      'duy trì 05 mô hình; kiện toàn, bổ sung 03 mô hình; công nhận lại 0 mô hình; thanh loại 0 mô hình',
    ])
      expect(yearly.text).toContain(expected);
  });

  it('flags a unit whose periodic reports are missing, in status and in the report', () => {
    expect(status.status).toBe(1);
    expect(status.stdout).toMatch(
      /03 +Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã .*thiếu \(quá hạn 184 ngày\) +hạn hôm nay +CẦN ĐÔN ĐỐC/,
    );
    expect(status.stdout).toContain('Hạn đánh dấu * là giả định');
    expect(missing.stdout).toContain('Báo cáo năm 2025: 5/6 đơn vị đã gửi, 0 muộn, 1 chưa gửi');
    if (hasPoppler)
      expect(folded(join(dir, 'bc.pdf'))).toContain('- Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã: chưa gửi báo cáo.');
  });
});

describe('seed 003, UBND thị xã Vĩnh Châu: Phòng Nội vụ’s reports across the six content groups', () => {
  const yearly = reportOnce('vinh-chau-2025', [], '15/10/2025');
  const half = reportOnce('vinh-chau-2025', ['--ky', '6-thang', '--so-hieu', '45/BC-PNV'], '15/10/2025');

  it.runIf(hasPoppler)('has one section per content group, each with the units that reported on it', () => {
    expect(yearly.result.status).toBe(0);
    for (const expected of [
      'PHÒNG NỘI VỤ THỊ XÃ VĨNH CHÂU',
      // Seed 003: "hằng năm tổng hợp … báo cáo Sở Nội vụ và Ủy ban nhân dân thị xã" (noi_nhan_bao_cao).
      'Kính gửi: - Sở Nội vụ; - Ủy ban nhân dân thị xã Vĩnh Châu;',
      'Hạn gửi báo cáo theo Kế hoạch là trước ngày 01/10/2025',
      '07/07 cơ quan, đơn vị: 07 đơn vị gửi đúng hạn, 0 đơn vị gửi muộn, 0 đơn vị chưa gửi báo cáo',
      '1. Tổ chức quán triệt',
      '6. Phối hợp với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
      'Có 07/07 đơn vị báo cáo kết quả nội dung này.',
      '7. Số liệu mô hình, điển hình “Dân vận khéo”',
      'đăng ký xây dựng 07 mô hình “Dân vận khéo” (07 mô hình đăng ký mới) và 03 cá nhân điển hình',
      'Nhóm nội dung đã báo cáo',
      '6/6',
    ])
      expect(yearly.text).toContain(expected);
  });

  it.runIf(hasPoppler)('the 6-month report holds units to “trước ngày 01/4/2025” and carries its number', () => {
    expect(half.text).toContain('Số: 45/BC-PNV');
    expect(half.text).toContain('Hạn gửi báo cáo theo Kế hoạch là trước ngày 01/04/2025');
    expect(half.text).toContain('07 đơn vị gửi đúng hạn');
  });

  it('is byte-identical when rendered again', () => {
    const again = join(yearly.dir, 'again.pdf');
    runCli(['report', 'examples/vinh-chau-2025', '--out', again, '--today', '15/10/2025']);
    expect(md5(again)).toBe(md5(yearly.pdf));
  });

  it('refuses to overwrite without --force (exit 2)', () => {
    const again = runCli(['report', 'examples/vinh-chau-2025', '--out', yearly.pdf, '--today', '15/10/2025']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(yearly.pdf);
  });
});

describe('seed 004, Văn phòng UBND tỉnh Bắc Kạn: Phòng Hành chính tổ chức - Quản trị tài vụ compiles', () => {
  const run = reportOnce('bac-kan-vp-2023', [], '20/12/2023');

  it.runIf(hasPoppler)('sums up 7 units, 7 models by field and 3 people', () => {
    expect(run.result.status).toBe(0);
    for (const expected of [
      'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC KẠN',
      'QUẢN TRỊ TÀI VỤ', // the issuer's line wraps before its hyphen
      'Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn',
      '07/07 cơ quan, đơn vị',
      // 7 registrations: 3 kinh tế, 3 văn hóa - xã hội, 1 an ninh, quốc phòng.
      'Kinh tế 03 Văn hóa - xã hội 03 An ninh, quốc phòng 01 Tổng số 07',
      'đăng ký xây dựng 07 mô hình “Dân vận khéo” (07 mô hình đăng ký mới) và 03 cá nhân điển hình',
    ])
      expect(run.text).toContain(expected);
  });
});

describe('plans tell their sources (issue 13)', () => {
  it('danvan plans <id> quotes each rule’s sentence and lists the assumptions apart', () => {
    const r = runCli(['plans', 'phuong-2026-2031']);
    expect(r.status).toBe(0);
    const [stated = '', assumed = ''] = r.stdout.split('Giả định (văn bản không nêu');
    expect(stated).toContain(
      '- Hạn nộp tong-hop-nam: trước ngày 05/12/2026 hằng năm\n    “để tổng hợp báo cáo Thường trực Đảng ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 05/12 hằng năm”',
    );
    expect(stated).toContain('- Đơn vị cũ hợp nhất: Phường Bình Định; Xã Nhơn Khánh; Xã Nhơn Phúc');
    // The two dates no sentence states (issue 13): marked as assumptions.
    expect(assumed).toContain('- Hạn nộp dang-ky-2026-2031: chậm nhất là ngày 31/10/2025');
    expect(assumed).toContain('- Hạn nộp ho-so-khen-thuong-nam: trước ngày 25/11/2026 hằng năm');
    expect(stated).not.toContain('dang-ky-2026-2031');
  });

  it('lists seed 000’s 90 % vote threshold and seed 004’s quota and award as assumptions', () => {
    const vinhLong = runCli(['plans', 'vinh-long-2025']).stdout.split('Giả định')[1] ?? '';
    expect(vinhLong).toContain('- Ngưỡng biểu quyết: 90% (tong-so)');
    const bacKan = runCli(['plans', 'bac-kan-vp-2023']).stdout.split('Giả định')[1] ?? '';
    expect(bacKan).toContain('- Nhóm đơn vị phong-ban-don-vi, chỉ tiêu tập thể: ít nhất 1');
    expect(bacKan).toContain('- Hình thức khen thưởng: Giấy khen của Chánh Văn phòng UBND tỉnh');
  });

  it('a message applying an assumed rule says so, and quotes the sentence', () => {
    const r = runCli([
      'validate',
      'test/fixtures/presets/phuong-2026-2031',
      '--plan',
      'phuong-2026-2031',
      '--today',
      '31/12/2027',
    ]);
    expect(r.stdout).toMatch(
      /Nộp muộn \d+ ngày so với hạn "Đăng ký mô hình mới[^"]*" \(chậm nhất là ngày 31\/10\/2025\)\. Kế hoạch: "cuối tháng 10\/2025[^"]*" \(Giả định: kế hoạch không nêu quy định này\.\)/,
    );
  });

  // The plan's lists (fields, content groups, award types), its years and its yearly review: each message applying
  // one quotes the seed's sentence, or says the plan does not state it (seed 004 names no award).
  it.each([
    ['vinh-long-2025', 'unknown-award-type', 'để tổng hợp trình Ủy ban nhân dân tỉnh xem xét tặng Bằng khen'],
    ['vinh-chau-2025', 'unknown-content-group', 'Xây dựng kế hoạch cụ thể hóa để triển khai thực hiện các nội dung'],
    ['xa-cong-van-2025-2030', 'unknown-field-of-work', 'Duy trì phát động và thực hiện phong trào thi đua'],
    ['xa-cong-van-2025-2030', 'out-of-term', 'góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ các cấp'],
    ['phuong-2026-2031', 'review-missing-outcome', 'Hằng năm, kiểm tra, đánh giá đề nghị thanh loại'],
    ['bac-kan-vp-2023', 'unknown-field-of-work', 'Tiếp tục triển khai thực hiện tốt phong trào'],
    ['bac-kan-vp-2023', 'unknown-award-type', '(Giả định: kế hoạch không nêu quy định này.)'],
  ])('%s, %s: the message quotes the plan', (preset, fixture, quote) => {
    const r = runCli(['validate', `test/fixtures/presets/${preset}`, '--plan', preset, '--today', '31/12/2027']);
    const line = r.stdout.split('\n').find((l) => l.includes(`${fixture}.yaml`) && !l.includes('[quota/'));
    expect(line).toContain(quote.startsWith('(') ? `. ${quote}` : `Kế hoạch: "${quote}`);
  });
});
