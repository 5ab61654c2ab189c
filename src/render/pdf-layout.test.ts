import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDossierFonts } from '../io/fonts.js';
import type { DocumentModel } from './document-model.js';
import { renderPdf } from './pdf.js';
import { shareFaces } from './pdf-fonts.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'danvan-layout-'));

/** A word on a page, in PDF points from the top left (pdftotext -bbox). */
interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function words(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const found: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m)
      found.push({
        page,
        text: (m[5] ?? '').replace(/&amp;/g, '&'),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
  }
  return found;
}

// Parsed once for every document of this file, as a danvan process does.
const faces = shareFaces(loadDossierFonts());

async function draw(name: string, model: DocumentModel): Promise<{ file: string; text: string; words: Word[] }> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, (await renderPdf(model, faces, name)).pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { file, text, words: words(file) };
}

describe.runIf(hasPoppler)('Party layout (Hướng dẫn 36-HD/VPTW)', () => {
  let party: Awaited<ReturnType<typeof draw>>;
  beforeAll(async () => {
    party = await draw('party', {
      header: {
        governingBody: 'ĐẢNG BỘ TỈNH GIA LAI',
        issuer: 'ĐẢNG ỦY PHƯỜNG HOÀI NHƠN BẮC',
        number: '12-BC/ĐU',
        placeDate: 'Hoài Nhơn Bắc, ngày 20 tháng 11 năm 2026',
        layout: 'party',
      },
      title: 'BÁO CÁO',
      summary: 'Kết quả thực hiện mô hình “Dân vận khéo” năm 2026',
      blocks: [{ kind: 'paragraph', text: 'Thực hiện Kế hoạch số 05-KH/ĐU của Ban Thường vụ Đảng ủy phường.' }],
      receivers: ['Ban Xây dựng Đảng', 'Lưu Văn phòng Đảng ủy'],
      signers: [{ authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn An' }],
    });
  });

  it('heads the page with ĐẢNG CỘNG SẢN VIỆT NAM, no Quốc hiệu and no Tiêu ngữ', () => {
    expect(party.text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party.text).not.toContain('CỘNG HÒA');
    expect(party.text).not.toContain('Độc lập');
  });

  it('puts the committee, the issuing body, the asterisk and "Số 12-BC/ĐU" (no colon) on the left', () => {
    expect(party.text).toMatch(/Số 12-BC\/ĐU/);
    expect(party.text).not.toContain('Số:');
    const at = (text: string) => party.words.find((w) => w.text === text);
    const star = at('*');
    const number = at('12-BC/ĐU');
    const heading = at('ĐẢNG');
    expect(star && number && heading).toBeTruthy();
    if (!star || !number || !heading) return;
    expect(star.yMin).toBeLessThan(number.yMin);
    expect(star.xMax).toBeLessThan(297); // left column
    const cs = party.words.find((w) => w.text === 'CỘNG');
    expect(cs?.xMin).toBeGreaterThan(297); // right column
  });

  it('signs "T/M BAN THƯỜNG VỤ" over "BÍ THƯ"', () => {
    expect(party.text.replace(/\s+/g, ' ')).toMatch(/T\/M BAN THƯỜNG VỤ BÍ THƯ/);
  });
});

describe.runIf(hasPoppler)('ND30 page layout: signature kept with the text, page numbers, the Phụ lục', () => {
  let drawn: Awaited<ReturnType<typeof draw>>;
  const long = 'Thành tích nổi bật trong phong trào thi đua. '.repeat(100); // about 4,300 characters
  const sizes = (file: string) =>
    [
      ...execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' }).matchAll(
        /Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g,
      ),
    ].map((m) => ({ page: Number(m[1]), width: Number(m[2]), height: Number(m[3]) }));
  beforeAll(async () => {
    drawn = await draw('layout', {
      header: {
        governingBody: 'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
        issuer: 'SỞ NỘI VỤ',
        number: '05/TTr-SNV',
        placeDate: 'Vĩnh Long, ngày 05 tháng 12 năm 2025',
      },
      title: 'TỜ TRÌNH',
      summary: 'Về việc đề nghị khen thưởng',
      blocks: [
        // Enough text that the closing paragraph falls where the signature would be left alone on the next page.
        ...Array.from({ length: 9 }, (_, i) => ({
          kind: 'paragraph' as const,
          text: `Đoạn ${i + 1}. ${'Cán bộ, công chức thực hiện tốt công tác dân vận chính quyền. '.repeat(3)}`,
        })),
        { kind: 'paragraph', text: 'Đoạn cuối kính đề nghị xem xét (có danh sách kèm theo)./.' },
      ],
      receivers: ['- Như trên;', '- Lưu: VT.'],
      signers: [{ title: 'GIÁM ĐỐC', name: 'Phạm Văn Thắng' }],
      appendix: {
        title: 'DANH SÁCH ĐỀ NGHỊ',
        subtitle: '(Kèm theo Tờ trình số 05/TTr-SNV)',
        columns: [
          { header: 'STT', width: 0.06, align: 'center' },
          { header: 'Tên tập thể, cá nhân', width: 0.22 },
          { header: 'Chức vụ, đơn vị', width: 0.2 },
          { header: 'Tóm tắt thành tích', width: 0.3 },
          { header: 'Hình thức khen thưởng', width: 0.14 },
          { header: 'Ghi chú', width: 0.08 },
        ],
        rows: [],
        groups: [
          {
            title: 'I. TẬP THỂ',
            rows: [['1', 'Phòng Người có công', 'Sở Nội vụ', long, 'Bằng khen', 'Ghi chú riêng']],
          },
          { title: 'II. CÁ NHÂN', rows: [['1', 'Lê Văn Tám', 'Chuyên viên', 'Ngắn.', 'Bằng khen', '']] },
        ],
      },
    });
  });

  const onPage = (page: number) => drawn.words.filter((w) => w.page === page);
  const pageOf = (text: string) => drawn.words.find((w) => w.text === text)?.page;

  it('keeps the signature block and Nơi nhận on the page of the last paragraph', () => {
    const signaturePage = pageOf('Thắng');
    expect(signaturePage).toBeDefined();
    expect(pageOf('Nơi')).toBe(signaturePage);
    expect(drawn.words.find((w) => w.text === 'cuối')?.page).toBe(signaturePage);
  });

  it('centres the page numbers over the text block, none on the first page of the document or of its Phụ lục', () => {
    const pages = sizes(drawn.file);
    const firstAppendix = pages.find((p) => p.width > p.height)?.page ?? 0;
    expect(firstAppendix).toBeGreaterThan(1);
    const numberOn = (page: number) => onPage(page).find((w) => /^\d+$/.test(w.text) && w.yMin < 20 * (72 / 25.4));
    expect(numberOn(1)).toBeUndefined();
    expect(numberOn(firstAppendix)).toBeUndefined();
    const second = numberOn(2);
    expect(second?.text).toBe('2');
    // Portrait: left 30 mm, right 15 mm: the text block's centre is 7.5 mm right of the sheet's.
    const mm = 72 / 25.4;
    const centre = (30 * mm + (595.28 - 15 * mm)) / 2;
    expect(Math.abs(((second?.xMin ?? 0) + (second?.xMax ?? 0)) / 2 - centre)).toBeLessThan(1.5);
    // The Phụ lục starts again: its second page is "2".
    expect(numberOn(firstAppendix + 1)?.text).toBe('2');
    // Every page after a run's first carries its own number (each is numbered as it is added).
    for (let page = 2; page < firstAppendix; page += 1) expect(numberOn(page)?.text, `page ${page}`).toBe(String(page));
    for (let page = firstAppendix + 1; page <= pages.length; page += 1)
      expect(numberOn(page)?.text, `page ${page}`).toBe(String(page - firstAppendix + 1));
  });

  it('goes on with the paragraph in its own size on the next page, after that page number', async () => {
    // The page number (13 pt) is drawn when pdfkit adds the page in the middle of a paragraph: the words after it are
    // still 14 pt, as before the break.
    const flow = await draw('flow', {
      header: { governingBody: 'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG', issuer: 'SỞ NỘI VỤ', placeDate: 'Vĩnh Long' },
      title: 'BÁO CÁO',
      blocks: [
        { kind: 'paragraph', text: 'Cán bộ, công chức thực hiện tốt công tác dân vận chính quyền. '.repeat(60) },
      ],
      signers: [],
    });
    const height = (w: Word) => w.yMax - w.yMin;
    const body = (page: number) => flow.words.filter((w) => w.page === page && w.text === 'Cán');
    expect(flow.words.find((w) => w.page === 2 && w.text === '2' && w.yMin < 20 * (72 / 25.4))).toBeDefined();
    expect(body(1).length).toBeGreaterThan(0);
    expect(body(2).length).toBeGreaterThan(0);
    const before = height(body(1)[0] as Word);
    for (const word of body(2)) expect(Math.abs(height(word) - before)).toBeLessThan(0.2);
  });

  it('gives the landscape Phụ lục a 30 mm top margin (its bound edge), 20 mm sides', () => {
    const pages = sizes(drawn.file);
    const firstAppendix = pages.find((p) => p.width > p.height)?.page ?? 0;
    const words = onPage(firstAppendix);
    const mm = 72 / 25.4;
    expect(Math.min(...words.map((w) => w.yMin))).toBeGreaterThanOrEqual(30 * mm - 1);
    expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThanOrEqual(20 * mm);
    expect(Math.min(...words.map((w) => w.xMin))).toBeLessThan(25 * mm);
  });

  it('groups collectives and individuals, splits a row taller than a page under the repeated header', () => {
    expect(drawn.text).toContain('I. TẬP THỂ');
    expect(drawn.text).toContain('II. CÁ NHÂN');
    expect(drawn.text.replace(/\s+/g, ' ')).toContain('Ghi chú riêng');
    const pages = sizes(drawn.file).filter((p) => p.width > p.height);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const { page, height } of pages) {
      const words = onPage(page);
      // Every appendix page carries the header row, and nothing runs below the bottom margin.
      expect(
        words.some((w) => w.text === 'STT'),
        `page ${page}`,
      ).toBe(true);
      expect(Math.max(...words.map((w) => w.yMax)), `page ${page}`).toBeLessThanOrEqual(height - 15 * (72 / 25.4));
    }
    // The long achievement continues on the next page.
    const thanhTich = drawn.words.filter((w) => w.text === 'nổi').map((w) => w.page);
    expect(new Set(thanhTich).size).toBeGreaterThanOrEqual(2);
  });
});

it.runIf(hasPoppler)('prints the documented substitute for a character Tinos lacks, inside its cell', async () => {
  const drawn = await draw('glyphs', {
    header: { governingBody: '', issuer: 'SỞ NỘI VỤ', placeDate: 'Vĩnh Long, ngày 05 tháng 12 năm 2025' },
    title: 'BẢN CHẤM ĐIỂM',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 0.1 },
          { header: 'Nội dung', width: 0.9 },
        ],
        rows: [['1', 'Đạt ✔ liên hệ ☎ 0270 😀']],
      },
    ],
    signers: [],
  });
  expect(drawn.text.replace(/\s+/g, ' ')).toContain('Đạt x liên hệ ĐT 0270 ?');
  const right = 595.28 - 15 * (72 / 25.4);
  for (const w of drawn.words) expect(w.xMax, w.text).toBeLessThanOrEqual(right + 0.5);
});

// A heading is never the last line of a page: wherever the text before it ends, it goes with the first lines of what
// it heads. One-line paragraphs move the heading down a page 24 pt at a time, across the foot of the first page.
describe.runIf(hasPoppler)('ND30 page layout: a heading kept with what it heads', () => {
  it('puts every heading on the page of the paragraph under it, also when that paragraph goes with the signature', async () => {
    const pages: [string, number | undefined, number | undefined][] = [];
    // Odd counts: a closing paragraph follows; even: the headed paragraph is the last, kept with the signature block.
    for (let before = 15; before <= 35; before += 1) {
      const closing = before % 2 === 1 ? [{ kind: 'paragraph' as const, text: 'Trên đây là báo cáo./.' }] : [];
      const drawn = await draw(`heading-${before}`, {
        header: {
          governingBody: 'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
          issuer: 'SỞ NỘI VỤ',
          number: '',
          placeDate: 'Vĩnh Long',
        },
        title: 'BÁO CÁO',
        blocks: [
          ...Array.from({ length: before }, (_, i) => ({ kind: 'paragraph' as const, text: `Đoạn ${i + 1}.` })),
          { kind: 'heading', text: 'V. ĐỀXUẤT, KIẾNNGHỊ' },
          { kind: 'paragraph', text: `Tiếptheo ${'đề xuất cụ thể của đơn vị. '.repeat(8)}` },
          ...closing,
        ],
        signers: [{ title: 'GIÁM ĐỐC', name: 'Phạm Văn Thắng' }],
      });
      const pageOf = (text: string) => drawn.words.find((w) => w.text === text)?.page;
      pages.push([
        `${before} paragraphs before${closing.length ? '' : ', headed one last'}`,
        pageOf('ĐỀXUẤT,'),
        pageOf('Tiếptheo'),
      ]);
    }
    for (const [label, heading, next] of pages) expect(heading, label).toBe(next);
    // The sweep did cross the foot of a page, in both kinds: some headings are on page 2.
    expect(pages.some(([label, heading]) => heading === 2 && label.endsWith('last'))).toBe(true);
    expect(pages.some(([label, heading]) => heading === 2 && !label.endsWith('last'))).toBe(true);
  });
});
