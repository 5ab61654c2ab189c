import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'danvan-excel-'));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's load() typings predate Node's generic Buffer; the bytes are an ordinary .xlsx.
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

describe('danvan excel on the Vĩnh Long campaign', () => {
  const dir = tmp();
  const merged = join(dir, 'tong-hop.json');
  const xlsx = join(dir, 'tong-hop.xlsx');
  runCli(['merge', 'examples/vinh-long-2025', '--out', merged]);
  const signers = ['--prepared-by', 'Lê Thị Hoa', '--signer', 'Nguyễn Văn Hùng', '--signer-title', 'Giám đốc'];
  const result = runCli(['excel', merged, '--out', xlsx, ...signers]);

  it('writes the nine sheets, exit 0, and says the scores come from a placeholder rubric', async () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /templates\/rubrics\/dvcq-vinh-long\.yaml:1:1 {2}cảnh báo {2}Bộ tiêu chí "dvcq-vinh-long" là bản mẫu.*\[excel\/sample-rubric\]/,
    );
    const workbook = await load(xlsx);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Tổng hợp',
      'Danh sách tập thể',
      // The 15 yearly reports state review outcomes (de_xuat), so the register of models is listed.
      'Rà soát mô hình',
      'Danh sách cá nhân',
      'Chấm điểm',
      'Đề nghị khen thưởng',
      'Lỗi và cảnh báo',
      'Hồ sơ đã nhận',
      'Nguồn',
    ]);
  });

  it('follows the administrative conventions: Times New Roman 13, bold frozen header with a filter, A4, header repeated', async () => {
    const ws = (await load(xlsx)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const header = ws.getRow(9).getCell(1);
    expect(header.value).toBe('STT');
    expect(header.font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    expect(ws.getRow(10).getCell(3).font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 9 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      printTitlesRow: '9:9',
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.headerFooter.oddFooter).toContain('Trang &P');
    expect(ws.getRow(1).getCell(1).value).toBe('ỦY BAN NHÂN DÂN TỈNH VĨNH LONG');
    expect(ws.getRow(2).getCell(1).value).toBe('SỞ NỘI VỤ');
    expect(ws.getRow(5).getCell(1).value).toBe('BẢNG TỔNG HỢP ĐĂNG KÝ, BÁO CÁO VÀ KẾT QUẢ CHẤM ĐIỂM CỦA CÁC ĐƠN VỊ');
  });

  it('sorts units in Vietnamese order, keeps scores as numbers with two decimals, totals as SUM formulas', async () => {
    const ws = (await load(xlsx)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const names = Array.from({ length: 15 }, (_, i) => String(ws.getRow(i + 10).getCell(3).value));
    expect(names.slice(0, 3)).toEqual(['Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh', 'Sở Giáo dục và Đào tạo']);
    expect(names.at(-1)).toBe('UBND thành phố Vĩnh Long');
    const score = ws.getRow(10).getCell(10);
    expect(score.value).toBe(93.5);
    expect(score.numFmt).toBe('0.00');
    const total = ws.getRow(25).getCell(5);
    expect(total.formula).toBe('SUM(E10:E24)');
    expect(total.result).toBe(51);
  });

  it('writes dates as real Excel dates shown dd/mm/yyyy, without a time zone shift', async () => {
    const ws = (await load(xlsx)).getWorksheet('Hồ sơ đã nhận') as ExcelJS.Worksheet;
    const cell = ws.getRow(10).getCell(6);
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString().slice(0, 10)).toMatch(/^2025-\d\d-\d\d$/);
    expect(cell.numFmt).toBe('dd/mm/yyyy');
  });

  it('shows award names and vote shares, and no total of vote counts', async () => {
    const ws = (await load(xlsx)).getWorksheet('Đề nghị khen thưởng') as ExcelJS.Worksheet;
    const row = ws.getRow(10);
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).not.toContain('Tổng cộng');
    expect(row.getCell(7).value).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(row.getCell(10).numFmt).toBe('0.00%');
    expect(typeof row.getCell(10).value).toBe('number');
  });

  it('is byte-identical across runs and time zones', () => {
    const again = join(dir, 'lan-2.xlsx');
    const r = runCli(['excel', merged, '--out', again, ...signers], undefined, { TZ: 'America/New_York' });
    expect(r.status).toBe(0);
    expect(readFileSync(again).equals(readFileSync(xlsx))).toBe(true);
  });

  it('writes the workbook and exits 0 when its warnings meet a closed pipe (stderr read by a program that stops)', () => {
    const quiet = join(dir, 'ong-dong.xlsx');
    // The placeholder-rubric warning goes to stderr, piped into `true`, which has already exited: EPIPE.
    const r = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', `node "${BIN}" excel "${merged}" --out "${quiet}" 2>&1 >/dev/null | true`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.status).toBe(0);
    expect(readFileSync(quiet).subarray(0, 2).toString()).toBe('PK'); // the whole workbook, a zip file
  });
});

describe('danvan excel: safety', () => {
  it('stores submitted text that looks like a formula as text', async () => {
    const dir = tmp();
    cpSync('test/fixtures/valid-registration', join(dir, 'in'), { recursive: true });
    const file = join(dir, 'in', 'dang-ky.yaml');
    const text = readFileSync(file, 'utf8')
      .replace(
        'ten_mo_hinh: Một cửa thân thiện, giải quyết hồ sơ đúng hẹn',
        'ten_mo_hinh: \'=HYPERLINK("http://x","bấm")\'',
      )
      .replace('ho_ten: Trần Thị Ánh Tuyết', "ho_ten: '+84 Trần'");
    writeFileSync(file, text);
    const r = runCli(['excel', join(dir, 'in'), '--out', join(dir, 'x.xlsx')]);
    expect(r.stderr).toBe('');
    const workbook = await load(join(dir, 'x.xlsx'));
    const model = (workbook.getWorksheet('Danh sách tập thể') as ExcelJS.Worksheet).getRow(10).getCell(4);
    const person = (workbook.getWorksheet('Danh sách cá nhân') as ExcelJS.Worksheet).getRow(10).getCell(3);
    expect(model.type).toBe(ExcelJS.ValueType.String);
    expect(model.value).toBe('=HYPERLINK("http://x","bấm")');
    expect(model.formula).toBeUndefined();
    expect(person.value).toBe('+84 Trần');
    expect(person.type).toBe(ExcelJS.ValueType.String);
  });

  it('shortens a text over the 32,767-character cell limit, with a visible marker, instead of a broken workbook', async () => {
    const dir = tmp();
    cpSync('test/fixtures/valid-registration', join(dir, 'in'), { recursive: true });
    const file = join(dir, 'in', 'dang-ky.yaml');
    const long = 'Mô hình dài '.repeat(4_000); // 48,000 characters
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Một cửa thân thiện, giải quyết hồ sơ đúng hẹn', long.trim()),
    );
    const r = runCli(['excel', join(dir, 'in'), '--out', join(dir, 'x.xlsx')]);
    expect(r.stderr).toBe('');
    const workbook = await load(join(dir, 'x.xlsx'));
    const cell = String((workbook.getWorksheet('Danh sách tập thể') as ExcelJS.Worksheet).getRow(10).getCell(4).value);
    expect(cell.length).toBe(32_767);
    expect(cell.startsWith('Mô hình dài Mô hình dài')).toBe(true);
    expect(cell).toMatch(/… \[ĐÃ CẮT [\d.]+ ký tự: ô Excel chứa tối đa 32\.767 ký tự; xem toàn văn trong tệp gốc\]$/);
  });

  it('never overwrites without --force', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.xlsx'), 'cũ');
    const r = runCli(['excel', 'test/fixtures/valid-registration', '--out', join(dir, 'x.xlsx')]);
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'x.xlsx'), 'utf8')).toBe('cũ');
  });
});
