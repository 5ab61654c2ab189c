import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadDossierFonts } from '../io/fonts.js';
import type { DocumentModel } from './document-model.js';
import { renderPdf } from './pdf.js';
import { shareFaces } from './pdf-fonts.js';

const hasPoppler = spawnSync('pdffonts', ['-v']).status === 0;

const letter = (name: string): DocumentModel => ({
  header: {
    governingBody: 'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
    issuer: 'SỞ NỘI VỤ',
    placeDate: 'Vĩnh Long, ngày 05 tháng 12 năm 2025',
  },
  title: 'TỜ TRÌNH',
  summary: 'Về việc đề nghị tặng Bằng khen',
  blocks: [
    { kind: 'paragraph', text: `Đề nghị tặng Bằng khen cho ${name}, người có cách làm hay, sáng tạo.` },
    { kind: 'paragraph', text: 'Căn cứ Luật Thi đua, khen thưởng;', italic: true },
  ],
  signers: [{ title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Hùng' }],
});

it('draws the same bytes with warm shared faces as with freshly parsed ones', async () => {
  const fonts = loadDossierFonts();
  const warm = shareFaces(fonts);
  for (const name of ['bà Trần Thị Hòa', 'ông Lê Văn Tám', 'Hội Nông dân xã Mỹ An'])
    await renderPdf(letter(name), warm, 't');
  const again = await renderPdf(letter('bà Trần Thị Hòa'), warm, 't');
  const fresh = await renderPdf(letter('bà Trần Thị Hòa'), shareFaces(fonts), 't');
  expect(again.pdf.equals(fresh.pdf)).toBe(true);
  expect(again.pages).toBe(1);
});

it.runIf(hasPoppler)('embeds a subset of each Tinos face used, in every document that shares them', async () => {
  const faces = shareFaces(loadDossierFonts());
  const dir = mkdtempSync(join(tmpdir(), 'danvan-faces-'));
  for (const [i, name] of ['bà Trần Thị Hòa', 'ông Lê Văn Tám'].entries()) {
    const file = join(dir, `${i}.pdf`);
    writeFileSync(file, (await renderPdf(letter(name), faces, 't')).pdf);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    // regular, bold, italic: each its own embedded subset
    expect(fonts).toHaveLength(3);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Tinos-\S+\s+CID TrueType.*yes\s+yes\s+yes/);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(name);
  }
});
