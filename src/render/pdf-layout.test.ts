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

async function draw(name: string, model: DocumentModel): Promise<{ file: string; text: string; words: Word[] }> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, (await renderPdf(model, shareFaces(loadDossierFonts()), name)).pdf);
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
