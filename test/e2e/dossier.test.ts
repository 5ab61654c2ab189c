import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Consolidation } from '../../src/app/consolidation.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import type { CliResult } from '../helpers/run-cli.js';

const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const tmp = () => mkdtempSync(join(tmpdir(), 'danvan-dossier-'));

// One run over the whole example campaign (every unit, the receiving body's Tờ trình, the sets, on a pool of two
// workers: 15 units alone would be drawn in this thread), rendered once; every test below reads what it wrote.
describe('danvan dossier: the Vĩnh Long campaign, every unit', () => {
  const dir = tmp();
  const merged = join(dir, 'tong-hop.json');
  const out = join(dir, 'ho-so');
  const pdf = join(out, '001-to-trinh.pdf');
  const text = (file: string, ...range: string[]) =>
    execFileSync('pdftotext', [...range, join(out, file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  let result: CliResult;
  let nominees: Consolidation['nominees'] = [];

  beforeAll(() => {
    runCli(['merge', 'examples/vinh-long-2025', '--out', merged]);
    nominees = (JSON.parse(readFileSync(merged, 'utf8')) as Consolidation).nominees.filter((n) => n.unit === '001');
    result = runCli(['dossier', merged, '--out', out, '--today', '20/12/2025', '--jobs', '2']);
  }, 120_000);

  it('writes every part, the sets and the summary, exit 0, and ends with a one-line summary', () => {
    expect(result.status).toBe(0);
    for (const file of ['001-to-trinh.pdf', '009-to-trinh.pdf', '001-bien-ban.pdf', '001-cham-diem.pdf'])
      expect(result.stdout).toContain(file);
    expect(result.stdout).toContain('tong-hop-to-trinh.pdf');
    // 15 units × (4 parts as .pdf and .docx, 2 sets, 2 contents pages as .docx) + the summary Tờ trình in both.
    expect(result.stdout).toMatch(/Đã lập hồ sơ cho 15 đơn vị, từ chối 0 đơn vị; 182 tệp; \d+,\d giây\.\n$/);
    for (const file of ['001-to-trinh.docx', '001-cham-diem.docx', '001-muc-luc-bo-2.docx', 'tong-hop-to-trinh.docx'])
      expect(readFileSync(join(out, file)).subarray(0, 2).toString()).toBe('PK');
    // No progress when the output is not a terminal; the one warning is the placeholder rubric.
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('[dossier/sample-rubric]')]);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.runIf(hasPoppler)('reads as the officer expects: ND30 headings, number, date, names, the appendix', () => {
    // Lines wrap where the page ends: compare on text with runs of white space folded.
    const toTrinh = text('001-to-trinh.pdf');
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'TỜ TRÌNH',
      'Kính gửi: Sở Nội vụ tỉnh Vĩnh Long',
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;',
      'Vĩnh Long, ngày 08 tháng 12 năm 2025',
      'Nơi nhận:',
      'Phụ lục',
      'DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
      '01 tập thể và 02 cá nhân',
    ]) {
      expect(toTrinh).toContain(expected);
    }
    for (const n of nominees) expect(toTrinh).toContain(n.name);
    // A Tờ trình dated 08/12/2025 cites the decree in force that day, and the plan as what it is.
    expect(toTrinh).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP');
    expect(toTrinh).not.toContain('98/2023/NĐ-CP');
    expect(toTrinh).toContain(
      'ban hành kèm theo Quyết định số 553/QĐ-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh Vĩnh Long.',
    );
    expect(toTrinh).toContain('Căn cứ Kế hoạch phát động phong trào thi đua');
    expect(toTrinh).not.toMatch(/Kế hoạch số 553\/QĐ-UBND|Kế hoạch Kế hoạch/);
    expect(toTrinh).toContain('Thực hiện Kế hoạch ban hành kèm theo Quyết định số 553/QĐ-UBND ngày 02/4/2025 của');
  });

  it.runIf(hasPoppler)("prints each unit's own letterhead, lines broken where an officer breaks them", () => {
    const lines = (file: string) =>
      execFileSync('pdftotext', ['-f', '1', '-l', '1', join(out, file), '-'], { encoding: 'utf8' })
        .split('\n')
        .map((l) => l.trim());
    const district = lines('013-to-trinh.pdf');
    expect(district).toContain('ỦY BAN NHÂN DÂN');
    expect(district).toContain('HUYỆN LONG HỒ');
    expect(district.join(' ')).not.toContain('TỈNH VĨNH LONG'); // no governing line for a district
    expect(district.join(' ')).not.toContain('UBND HUYỆN');
    expect(district.join(' ')).toContain('Long Hồ, ngày');
    const police = lines('009-to-trinh.pdf');
    expect(police).toContain('BỘ CÔNG AN');
    expect(police.join(' ')).toContain('CÔNG AN TỈNH VĨNH LONG');
    const province = lines('006-to-trinh.pdf');
    expect(province).toContain('ỦY BAN NHÂN DÂN');
    expect(province).toContain('TỈNH VĨNH LONG');
    expect(province).not.toContain('THAO VÀ DU LỊCH'); // "THỂ / THAO" would cut a word in two
    expect(province.some((l) => l.startsWith('SỞ VĂN HÓA,'))).toBe(true);
    // Rank and post are separate: "GIÁM ĐỐC" over "Đại tá Lê Văn Phúc Hậu", never "ĐẠI TÁ, GIÁM ĐỐC".
    const signed = text('009-to-trinh.pdf');
    expect(signed).not.toContain('ĐẠI TÁ');
    expect(signed).toContain('GIÁM ĐỐC Đại tá Lê Văn Phúc Hậu');
  });

  it.runIf(hasPoppler)(
    'writes the Biên bản with each vote share against the plan threshold, signed by the secretary and the chair',
    () => {
      const bienBan = text('001-bien-ban.pdf');
      // The council's name breaks after its dash (pdftotext would join "…ĐUA -" and the next line as a hyphenation).
      const header = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(out, '001-bien-ban.pdf'), '-'], {
        encoding: 'utf8',
      }).split('\n');
      expect(header).toContain('SỞ NỘI VỤ');
      expect(header.join(' ')).toMatch(/HỘI ĐỒNG THI ĐUA -?\s*KHEN THƯỞNG/);
      for (const expected of [
        'BIÊN BẢN',
        'Số: 11/BB-HĐTĐKT',
        'III. KẾT QUẢ BIỂU QUYẾT',
        'ngưỡng của kế hoạch: 90%',
        '90,9%',
        'Đạt',
        'THƯ KÝ',
        'CHỦ TRÌ',
      ]) {
        expect(bienBan).toContain(expected);
      }
    },
  );

  it.runIf(hasPoppler)('writes the Bản chấm điểm with totals and band from the rubric', () => {
    const chamDiem = text('001-cham-diem.pdf');
    for (const expected of [
      'BẢN CHẤM ĐIỂM',
      'Tổng cộng',
      '84,25',
      '92,75',
      'Xếp loại: Tốt',
      'Chưa gửi kèm biên bản hội nghị cán bộ',
    ]) {
      expect(chamDiem).toContain(expected);
    }
    // A placeholder rubric never prints "(bản mẫu)" into a title; the run warns instead.
    expect(chamDiem).not.toContain('bản mẫu');
    expect(result.stderr).toContain('[dossier/sample-rubric]');
  });

  it.runIf(hasPoppler)(
    "writes the plan's 02 sets, each opening with a contents page that cites every part and its own page count",
    () => {
      const pagesOf = (file: string) =>
        Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, file)], { encoding: 'utf8' }))?.[1]);
      for (const unit of ['001', '009', '015']) {
        const parts = ['to-trinh', 'bien-ban', 'bao-cao', 'cham-diem'].map((part) => pagesOf(`${unit}-${part}.pdf`));
        for (const set of [1, 2]) {
          const file = `${unit}-ho-so-bo-${set}.pdf`;
          expect(pagesOf(file)).toBe(1 + parts.reduce((a, b) => a + b, 0));
          const contents = text(file, '-f', '1', '-l', '1');
          expect(contents).toContain('MỤC LỤC HỒ SƠ');
          expect(contents).toContain(`Bộ số 0${set}/02`);
          // Each part keeps its own page numbers; the contents page cites each part's real page count (the
          // Tờ trình's Phụ lục apart, numbered on its own), never set-wide ranges that no page carries.
          for (const [i, pages] of parts.entries()) {
            const file = `${unit}-${['to-trinh', 'bien-ban', 'bao-cao', 'cham-diem'][i] ?? ''}.pdf`;
            const landscape = [
              ...execFileSync('pdfinfo', ['-f', '1', '-l', '99', join(out, file)], { encoding: 'utf8' }).matchAll(
                /size:\s+([\d.]+) x ([\d.]+)/g,
              ),
            ].filter((m) => Number(m[1]) > Number(m[2])).length;
            const cited = landscape > 0 ? `${pages - landscape} \\+ Phụ lục ${landscape}` : String(pages);
            expect(contents, file).toMatch(new RegExp(` ${cited}( |$)`));
          }
          expect(contents).toContain(`${parts.reduce((a, b) => a + b, 0)} trang (không kể trang mục lục này)`);
          expect(contents).not.toContain('Số: ');
        }
        // The set's pages are the parts' own pages, copied: the same text, page for page.
        expect(text(`${unit}-ho-so-bo-1.pdf`, '-f', '2', '-l', String(1 + (parts[0] ?? 0)))).toBe(
          text(`${unit}-to-trinh.pdf`),
        );
      }
      expect(text('001-ho-so-bo-1.pdf', '-f', '1', '-l', '1')).toContain(
        'Tờ trình kèm danh sách đề nghị khen thưởng 1602/TTr-SNV 2 + Phụ lục 1',
      );
    },
  );

  it.runIf(hasPoppler)('is A4 with every font embedded, page numbers from page 2', () => {
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    for (const file of [pdf, join(out, '001-ho-so-bo-1.pdf')]) {
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThanOrEqual(3);
      for (const line of fonts) expect(line).toMatch(/Tinos.*yes\s+yes\s+yes/);
    }
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    const secondPage = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(firstPage.trimStart().startsWith('1')).toBe(false);
    expect(secondPage.trimStart().startsWith('2')).toBe(true);
  });

  it.runIf(hasPoppler)("writes one Tờ trình for the province with every unit's nominees, their unit and vote", () => {
    const summary = text('tong-hop-to-trinh.pdf');
    expect(summary).toContain('Vĩnh Long, ngày 20 tháng 12 năm 2025');
    expect(summary).toContain('hồ sơ đề nghị khen thưởng của 15 cơ quan, đơn vị, địa phương');
    expect(summary).toContain('Sở Nội vụ kính trình Ủy ban nhân dân tỉnh Vĩnh Long xem xét');
    expect(summary).toContain('20 tập thể và 29 cá nhân');
    // The receiving body's own number, with room for the hand-written figure, and a named signer.
    const layout = execFileSync(
      'pdftotext',
      ['-layout', '-f', '1', '-l', '1', join(out, 'tong-hop-to-trinh.pdf'), '-'],
      {
        encoding: 'utf8',
      },
    );
    expect(layout).toMatch(/Số: {3,}\/TTr-SNV/);
    expect(summary).toContain('GIÁM ĐỐC Phạm Văn Thắng');
    // "Như trên" already stands for the addressee: Nơi nhận does not name it again.
    expect(summary).toMatch(/Nơi nhận: - Như trên; - Lưu: VT\./);
    expect(text('001-to-trinh.pdf')).toMatch(/Nơi nhận: - Như trên; - Lưu: VT\./);
    for (const unit of ['Công an tỉnh', 'Sở Y tế', 'UBND huyện Trà Ôn']) expect(summary).toContain(unit);
  });

  it('is byte-identical in one thread and on the pool, across time zones; --format pdf writes no .docx', () => {
    // One run for both: unit 001 again, in this thread, in another time zone, PDF only (the .docx copies' bytes across
    // time zones are checked in src/render/docx.test.ts, and beside the PDFs by the pool run above).
    const again = join(tmp(), 'lan-2');
    const r = runCli(
      ['dossier', merged, '--out', again, '--unit', '001', '--jobs', '1', '--format', 'pdf'],
      undefined,
      {
        TZ: 'America/New_York',
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('001-ho-so-bo-2.pdf');
    expect(r.stdout).not.toContain('.docx');
    expect(readdirSync(again).filter((file) => file.endsWith('.docx'))).toEqual([]);
    const files = ['to-trinh', 'bien-ban', 'bao-cao', 'cham-diem', 'ho-so-bo-1', 'ho-so-bo-2'].map(
      (p) => `001-${p}.pdf`,
    );
    for (const file of files) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    }
  });

  it('never overwrites without --force', () => {
    const r = runCli(['dossier', merged, '--out', out, '--unit', '001']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--force');
  });

  it("finds an existing file of any unit's dossier, or of the summary, before drawing anything", () => {
    for (const taken of ['015-bao-cao.docx', 'tong-hop-to-trinh.pdf']) {
      const folder = join(tmp(), 'co-san');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, taken), 'của cán bộ');
      const r = runCli(['dossier', merged, '--out', folder]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(join(folder, taken));
      expect(readdirSync(folder)).toEqual([taken]);
      expect(readFileSync(join(folder, taken), 'utf8')).toBe('của cán bộ');
    }
  });

  it('shows progress (units done, elapsed, estimate) on a terminal', async () => {
    const tty = fakeIo(ROOT, { CI: '' }, true);
    expect(
      await main(['dossier', merged, '--out', join(tmp(), 'tty'), '--unit', '008', '--jobs', '1', '-f', 'pdf'], tty),
    ).toBe(0);
    expect(tty.err()).toMatch(/Đang lập hồ sơ 1\/1 \[#+\] 00:00, còn khoảng 00:00/);
    expect(tty.out()).toContain('Đã lập hồ sơ cho 1 đơn vị, từ chối 0 đơn vị; 6 tệp;');
  });

  it('stops on Ctrl-C after the unit being drawn, which is written whole, and says what is left', async () => {
    const io = fakeIo(ROOT, { CI: '' }, true);
    let stop: (() => void) | undefined;
    io.onInterrupt = (handler) => {
      stop = handler;
      return () => (stop = undefined);
    };
    const print = io.stderr;
    // The officer presses Ctrl-C as the first unit is reported done.
    io.stderr = (text) => {
      print(text);
      if (text.includes('Đang lập hồ sơ 1/')) stop?.();
    };
    const out = join(tmp(), 'ctrl-c');
    expect(await main(['dossier', merged, '--out', out, '--unit', '001,002,003', '--jobs', '1', '-f', 'pdf'], io)).toBe(
      130,
    );
    expect(readdirSync(out).sort()).toEqual(
      ['bao-cao', 'bien-ban', 'cham-diem', 'ho-so-bo-1', 'ho-so-bo-2', 'to-trinh'].map((name) => `001-${name}.pdf`),
    );
    expect(io.err()).toContain(
      'Đã dừng theo yêu cầu (Ctrl-C): hồ sơ của 1 đơn vị đã ghi đủ (các tệp kê ở trên); 2 đơn vị chưa lập.',
    );
    expect(io.out()).toContain('Đã lập hồ sơ cho 1 đơn vị, từ chối 0 đơn vị; 6 tệp;');
    expect(stop).toBeUndefined(); // Ctrl-C has its default back
    // Pressed once every unit is under way, it changes nothing: the run ends as it would have.
    const late = join(tmp(), 'ctrl-c-muon');
    expect(await main(['dossier', merged, '--out', late, '--unit', '001', '--jobs', '1', '-f', 'pdf'], io)).toBe(0);
    expect(readdirSync(late)).toHaveLength(6);
  });

  it('shows no progress on a terminal when CI is set', async () => {
    const ci = fakeIo(ROOT, { CI: 'true' }, true);
    expect(
      await main(['dossier', merged, '--out', join(tmp(), 'ci'), '--unit', '008', '--jobs', '1', '-f', 'pdf'], ci),
    ).toBe(0);
    expect(ci.err()).not.toContain('Đang lập hồ sơ');
    expect(ci.out()).toContain('Đã lập hồ sơ cho 1 đơn vị, từ chối 0 đơn vị; 6 tệp;');
  });

  it('refuses a format it does not know', () => {
    const bad = runCli(['dossier', merged, '--out', join(tmp(), 'x'), '--format', 'pdf,odt']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format');
  });

  it('refuses a dataset edited after merge wrote it, says how to correct it, and draws nothing', () => {
    const edited = join(tmp(), 'tong-hop-sua-tay.json');
    writeFileSync(edited, readFileSync(merged, 'utf8').replace(nominees[0]?.name ?? '?', 'Tên Sửa Tay'));
    const out = join(tmp(), 'sua-tay');
    const r = runCli(['dossier', edited, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `tệp tổng hợp đã bị sửa hoặc hỏng sau khi danvan merge ghi ra (mã kiểm tra không khớp): ${edited}`,
    );
    expect(r.stderr).toContain('chạy lại danvan merge');
    expect(existsSync(out)).toBe(false);
  });

  it('says a folder where a file goes before drawing anything, even with --force: no stack trace, exit 2', () => {
    const out = join(tmp(), 'thu-muc-chan');
    mkdirSync(join(out, '003-bien-ban.pdf'), { recursive: true });
    const r = runCli(['dossier', merged, '--out', out, '--unit', '002,003', '--jobs', '2', '-f', 'pdf', '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`danvan: ${join(out, '003-bien-ban.pdf')} là một thư mục; hãy cho một tên tệp`);
    expect(readdirSync(out)).toEqual(['003-bien-ban.pdf']);
  });

  it('refuses a --jobs that is not a whole number from 1 to 64, written in digits', () => {
    for (const jobs of ['0', '65', '1.5', '1e1', '0x2', '+3']) {
      const r = runCli(['dossier', merged, '--out', join(tmp(), 'x'), '--jobs', jobs]);
      expect(r.status, jobs).toBe(2);
      expect(r.stderr).toContain('--jobs');
    }
  });
});

describe('danvan dossier: completeness', () => {
  const dir = tmp();
  const inbox = join(dir, 'hop-thu');
  cpSync('examples/vinh-long-2025', inbox, { recursive: true });
  rmSync(join(inbox, 'bien-ban', '003-so-tu-phap.yaml'));
  const merged = join(dir, 'tong-hop.json');
  runCli(['merge', inbox, '--out', merged]);

  it('does not produce a dossier that lacks a required part or a vote, and says where', () => {
    const out = join(dir, 'ho-so');
    const r = runCli(['dossier', merged, '--out', out, '--unit', '003,004']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /de-nghi\/003-so-tu-phap\.yaml:1:1 {2}lỗi {2}Hồ sơ khen thưởng của đơn vị 003 thiếu Biên bản họp bình xét/,
    );
    // The plan's sentence naming the parts closes the message (issue 13).
    expect(r.stderr).toMatch(
      /thiếu Biên bản họp bình xét .*Kế hoạch: "Hồ sơ khen thưởng lập thành 02 bộ gồm: Tờ trình .*ngày 31\/5\/2023" {2}\[dossier\/missing-part\]/,
    );
    expect(r.stderr).toMatch(
      /de-nghi\/003-so-tu-phap\.yaml:\d+:\d+ {2}lỗi {2}".+" \(đơn vị 003\) không có kết quả biểu quyết.*\[dossier\/no-vote\]/,
    );
    expect(existsSync(join(out, '003-to-trinh.pdf'))).toBe(false);
    expect(existsSync(join(out, '004-to-trinh.pdf'))).toBe(true);
  });

  it.runIf(hasPoppler)('with --allow-incomplete, produces it and marks the missing part plainly', () => {
    const out = join(dir, 'ho-so-thieu');
    const r = runCli(['dossier', merged, '--out', out, '--unit', '003', '--allow-incomplete']);
    // The same facts as warnings that say what was written; never an error asking for the flag already given.
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('dùng --allow-incomplete');
    expect(r.stderr).toMatch(/ {2}cảnh báo {2}Hồ sơ khen thưởng của đơn vị 003 thiếu Biên bản .*đánh dấu "CÒN THIẾU"/);
    expect(r.stderr).toMatch(/ {2}cảnh báo {2}".+" \(đơn vị 003\) không có kết quả biểu quyết.*vẫn ghi vào danh sách/);
    const pdfText = (file: string) =>
      execFileSync('pdftotext', [join(out, file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const text = pdfText('003-bien-ban.pdf');
    expect(text).toContain('BIÊN BẢN HỌP BÌNH XÉT CÒN THIẾU');
    expect(text).toContain('Đơn vị cần bổ sung trước khi trình.');
    expect(pdfText('003-to-trinh.pdf')).toContain('Chưa có kết quả biểu quyết');
  });
});
