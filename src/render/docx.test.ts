import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDossierFonts } from '../io/fonts.js';
import type { DocumentModel } from './document-model.js';
import { renderDocx } from './docx.js';
import { renderPdf } from './pdf.js';
import { shareFaces } from './pdf-fonts.js';

// The PDF's metrics (Tinos), as danvan passes them: the letterhead's names break where the PDF breaks them.
const faces = shareFaces(loadDossierFonts());
const { measure } = faces;
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

const nfd = (text: string) => text.normalize('NFD');
const toTrinh: DocumentModel = {
  header: {
    governingBody: 'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
    issuer: 'SỞ NỘI VỤ',
    number: '05/TTr-SNV',
    placeDate: 'Vĩnh Long, ngày 05 tháng 12 năm 2025',
  },
  title: 'TỜ TRÌNH',
  summary: 'Về việc đề nghị tặng Bằng khen',
  recipients: ['Ủy ban nhân dân tỉnh'],
  blocks: [
    { kind: 'paragraph', text: 'Căn cứ Luật Thi đua, khen thưởng;', italic: true },
    { kind: 'heading', text: 'I. KẾT QUẢ' },
    { kind: 'paragraph', text: nfd('Đề nghị tặng Bằng khen cho bà Trần Thị Hoà./.') },
  ],
  receivers: ['- Như trên;', '- Lưu: VT.'],
  signers: [{ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Hùng' }],
  appendix: {
    title: 'DANH SÁCH ĐỀ NGHỊ',
    subtitle: '(Kèm theo Tờ trình số 05/TTr-SNV)',
    columns: [
      { header: 'STT', width: 0.1, align: 'center' },
      { header: 'Tên tập thể, cá nhân', width: 0.9 },
    ],
    rows: [['1', 'Lê Văn Tám']],
  },
};
const party: DocumentModel = {
  header: {
    governingBody: 'ĐẢNG BỘ TỈNH GIA LAI',
    issuer: 'ĐẢNG ỦY PHƯỜNG HOÀI NHƠN',
    number: '12-BC/ĐU',
    placeDate: 'Hoài Nhơn, ngày 20 tháng 11 năm 2026',
    layout: 'party',
  },
  title: 'BÁO CÁO',
  blocks: [{ kind: 'paragraph', text: 'Kết quả phong trào.' }],
  signers: [{ authority: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Trần Văn Bình' }],
};

const parts = (docx: Buffer) =>
  Object.fromEntries(Object.entries(unzipSync(docx)).map(([name, bytes]) => [name, strFromU8(bytes)]));

describe('renderDocx: a Tờ trình with its Phụ lục, in Word terms', () => {
  let docx: Buffer;
  let xml: Record<string, string>;
  let body = '';
  beforeAll(async () => {
    docx = await renderDocx(toTrinh, 'Tờ trình 001', measure);
    xml = parts(docx);
    body = xml['word/document.xml'] ?? '';
  });

  it('is A4 with the ND30 margins, then a landscape Phụ lục section numbered from 1 again', () => {
    const sections = [...body.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    const [portrait = '', landscape = ''] = sections;
    expect(portrait).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(portrait).toMatch(/w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(landscape).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(landscape).toMatch(/w:top="1701" w:right="1134" w:bottom="1134" w:left="1134"/);
    for (const s of sections) {
      expect(s).toContain('<w:titlePg/>'); // a different first page: no number on it
      expect(s).toContain('<w:pgNumType w:start="1"/>');
      expect(s).toMatch(/<w:headerReference w:type="first"/);
    }
    const headers = Object.entries(xml).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.filter(([, text]) => text.includes('PAGE')).length).toBe(2);
  });

  it('sets Times New Roman by name, 14 pt by default, and each element at its own size', () => {
    expect(xml['word/styles.xml']).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman"/);
    expect(xml['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>/);
    const runOf = (text: string) =>
      new RegExp(`<w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t[^>]*>${text}</w:t>`).exec(body)?.[1];
    expect(runOf('ỦY BAN NHÂN DÂN')).toContain('<w:sz w:val="24"/>');
    expect(runOf('SỞ NỘI VỤ')).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/);
    expect(runOf('Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>.*<w:u w:val="single"\/>/);
    expect(runOf('Vĩnh Long, ngày 05 tháng 12 năm 2025')).toMatch(/<w:i\/>.*<w:sz w:val="26"\/>/);
    expect(runOf('Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(runOf('- Lưu: VT.')).toContain('<w:sz w:val="22"/>');
    // Said once in styles.xml, not on every paragraph and run: no space after a paragraph, table text at 12 pt.
    expect(xml['word/styles.xml']).toContain('<w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault>');
    expect(xml['word/styles.xml']).toMatch(/<w:style w:type="paragraph" w:styleId="BangBieu">.*?<w:sz w:val="24"\/>/);
    expect(body).toMatch(/<w:pStyle w:val="BangBieu"\/><\/w:pPr><w:r><w:t[^>]*>Lê Văn Tám</);
    expect(runOf('Căn cứ Luật Thi đua, khen thưởng;')).toBe('<w:i/><w:iCs/>'); // 14 pt: the document's default
  });

  it('draws the letterhead and the signature as borderless tables, the rule under the issuing body as a border', () => {
    const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(3);
    const [letterhead = '', signature = '', appendix = ''] = tables;
    for (const table of [letterhead, signature]) expect(table).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(letterhead).toMatch(/SỞ NỘI VỤ[\s\S]*?<w:pBdr><w:bottom w:val="single"[\s\S]*?Số: 05\/TTr-SNV/);
    expect(signature).toContain('<w:cantSplit/>');
    expect(appendix).toMatch(/<w:tblHeader\/>[\s\S]*STT/);
    expect(appendix).toMatch(/<w:tblBorders><w:top w:val="single"/);
  });

  it('keeps the last paragraph with the signature block, and writes every string NFC', () => {
    const last = /<w:p>(?:(?!<w:p>).)*?Trần Thị Hoà\.\/\.<\/w:t>/.exec(body)?.[0] ?? '';
    expect(last).toContain('<w:keepNext/>');
    expect(body).toContain('Đề nghị tặng Bằng khen cho bà Trần Thị Hoà./.'.normalize('NFC'));
    expect(body.normalize('NFC')).toBe(body);
  });

  it('is byte-identical across runs and time zones, with fixed document properties and zip stamps', async () => {
    expect(xml['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z<');
    expect(xml['docProps/core.xml']).toContain('<dc:title>Tờ trình 001</dc:title>');
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect((await renderDocx(toTrinh, 'Tờ trình 001', measure)).equals(docx)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(docx.readUInt16LE(12)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1); // first entry's DOS date
  });
});

describe('renderDocx: the Party layout (Hướng dẫn 36-HD/VPTW)', () => {
  it('heads the right column with ĐẢNG CỘNG SẢN VIỆT NAM, puts "*" under the issuing body and "Số" without a colon', async () => {
    const body = parts(await renderDocx(party, 'Báo cáo', measure))['word/document.xml'] ?? '';
    expect(body).toMatch(/<w:u w:val="single"\/>(?:(?!<\/w:r>).)*ĐẢNG CỘNG SẢN VIỆT NAM/);
    expect(body).toMatch(
      /ĐẢNG ỦY<\/w:t>[\s\S]*?<w:br\/>[\s\S]*?PHƯỜNG HOÀI NHƠN[\s\S]*?<w:t[^>]*>\*<\/w:t>[\s\S]*?Số 12-BC\/ĐU/,
    );
    expect(body).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).not.toContain('Độc lập - Tự do - Hạnh phúc');
    expect(body).toMatch(/T\/M ĐẢNG ỦY[\s\S]*BÍ THƯ[\s\S]*Trần Văn Bình/);
  });
});

// Long names from examples/: a Phòng of a city (vinh-long-2025) and a Chi bộ of a ward (phuong-2026-2031).
describe('renderDocx: a long letterhead name breaks where the PDF breaks it, with line breaks Word keeps', () => {
  const letterhead = (governingBody: string, issuer: string, layout: 'state' | 'party'): DocumentModel => ({
    header: { governingBody, issuer, layout, number: '01/BC', placeDate: 'Vĩnh Long, ngày 01 tháng 12 năm 2025' },
    title: 'BÁO CÁO',
    blocks: [{ kind: 'paragraph', text: 'Nội dung.' }],
    signers: [],
  });
  // The letterhead's left cell, one entry per paragraph, its manual line breaks as " / ".
  const leftCell = async (model: DocumentModel) => {
    const body = parts(await renderDocx(model, 'Báo cáo', measure))['word/document.xml'] ?? '';
    const cell = /<w:tc>([\s\S]*?)<\/w:tc>/.exec(body)?.[1] ?? '';
    return [...cell.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
      .map((p) => (p[1] ?? '').replace(/<w:br\/>/g, ' / ').replace(/<[^>]+>/g, ''))
      .filter((text) => text !== '');
  };

  const state = letterhead(
    'ỦY BAN NHÂN DÂN THÀNH PHỐ VĨNH LONG',
    'PHÒNG VĂN HÓA, KHOA HỌC VÀ THÔNG TIN THÀNH PHỐ VĨNH LONG',
    'state',
  );
  const party = letterhead('ĐẢNG ỦY PHƯỜNG BÌNH ĐỊNH', 'CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN PHƯỜNG BÌNH ĐỊNH', 'party');

  it('state layout (Nghị định 30): the Phòng on three lines, none of them a dangling word', async () => {
    expect(await leftCell(state)).toMatchInlineSnapshot(`
      [
        "ỦY BAN NHÂN DÂN / THÀNH PHỐ VĨNH LONG",
        "PHÒNG VĂN HÓA, / KHOA HỌC VÀ THÔNG TIN / THÀNH PHỐ VĨNH LONG",
        "Số: 01/BC",
      ]
    `);
  });

  it('Party layout (Hướng dẫn 36): the Chi bộ broken before PHƯỜNG, at 14 pt as in the PDF', async () => {
    expect(await leftCell(party)).toMatchInlineSnapshot(`
      [
        "ĐẢNG ỦY PHƯỜNG BÌNH ĐỊNH",
        "CHI BỘ CƠ QUAN / ỦY BAN NHÂN DÂN / PHƯỜNG BÌNH ĐỊNH",
        "*",
        "Số 01/BC",
      ]
    `);
    const body = parts(await renderDocx(party, 'Báo cáo', measure))['word/document.xml'] ?? '';
    // 14 pt is the document's default size: the bold run carries no size of its own.
    expect(body).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>CHI BỘ CƠ QUAN/);
  });

  it.runIf(hasPoppler)('is what danvan’s PDF prints in the same column, line for line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-letterhead-'));
    for (const model of [state, party]) {
      const file = join(dir, 'letterhead.pdf');
      writeFileSync(file, (await renderPdf(model, faces, 'Báo cáo')).pdf);
      // The left column only: 30 mm margin (85 pt) plus 45 % of the text width, the top of page 1.
      const crop = ['-f', '1', '-l', '1', '-x', '80', '-y', '0', '-W', '215', '-H', '170', '-layout'];
      const printed = execFileSync('pdftotext', [...crop, file, '-'], { encoding: 'utf8' })
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      expect(printed).toEqual((await leftCell(model)).flatMap((p) => p.split(' / ')));
    }
  });
});

// A Biên bản's "noi_dung: |" and a nominee's "tom_tat_thanh_tich: |" keep the lines the officer typed.
describe('renderDocx: text the officer broke into lines', () => {
  const minutes: DocumentModel = {
    header: {
      governingBody: 'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      issuer: 'SỞ NỘI VỤ',
      number: '',
      placeDate: 'Vĩnh Long',
    },
    title: 'BIÊN BẢN',
    blocks: [
      { kind: 'paragraph', text: '1. Khai mạc.\n2. Có mặt 9/9 thành viên.\n3. Bình xét.' },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 0.1, align: 'center' },
          { header: 'Thành tích', width: 0.9 },
        ],
        rows: [
          ['1', 'Dòng một.\nDòng hai.'],
          ['2', 'Rất dài. '.repeat(400)],
        ],
      },
    ],
    signers: [{ title: 'CHỦ TRÌ', name: 'Nguyễn Văn A' }],
  };
  let body = '';
  beforeAll(async () => {
    body = parts(await renderDocx(minutes, 'Biên bản', measure))['word/document.xml'] ?? '';
  });

  it('writes each line as a paragraph of its own, in the body and in a table cell, never a raw line feed', () => {
    expect(body).not.toMatch(/<w:t[^>]*>[^<]*\n/);
    expect(body).toMatch(/>1\. Khai mạc\.<\/w:t><\/w:r><\/w:p><w:p>[\s\S]*?>2\. Có mặt 9\/9 thành viên\.<\/w:t>/);
    expect(body).toMatch(/>Dòng một\.<\/w:t><\/w:r><\/w:p><w:p>[\s\S]*?>Dòng hai\.<\/w:t>/);
  });

  it('keeps a line break typed in a title or a Kính gửi line as a break, and a CR as one too', async () => {
    const typed: DocumentModel = {
      ...minutes,
      recipients: ['Ủy ban nhân dân tỉnh\r\nVĩnh Long'],
      signers: [{ title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' }],
    };
    const xml = parts(await renderDocx(typed, 'Biên bản', measure))['word/document.xml'] ?? '';
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*[\r\n]/);
    expect(xml).toMatch(/KT\. CHỦ TỊCH<\/w:t><w:cr\/><w:t[^>]*>PHÓ CHỦ TỊCH/);
    expect(xml).toMatch(/Ủy ban nhân dân tỉnh<\/w:t><w:cr\/><w:t[^>]*>Vĩnh Long/);
  });

  it('spaces body lines at 1.1 lines, said as such: LibreOffice reads a bare w:line as an exact 13.2 pt', () => {
    expect(body).toContain('<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>');
    expect(body).not.toMatch(/w:line="264"(?! w:lineRule)/);
  });

  it('keeps a row that fits on one page whole, and lets a row taller than a page break', () => {
    const rows = body.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const row = (text: string) => rows.find((r) => r.includes(text)) ?? '';
    expect(row('Dòng một.')).toContain('<w:cantSplit/>');
    expect(row('Rất dài.')).not.toContain('<w:cantSplit/>');
  });
});
