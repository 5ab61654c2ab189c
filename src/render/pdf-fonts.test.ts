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

it('keeps the shared word layouts bounded over a long run, and draws the same bytes after they start over', async () => {
  const limit = 400;
  const faces = shareFaces(loadDossierFonts(), { layoutLimit: limit });
  const first = await renderPdf(letter('bà Trần Thị Hòa'), faces, 't');
  // Words no other document repeats (a national run's dates, counts and codes): 55 documents × 10 such words.
  let most = 0;
  for (let doc = 0; doc < 55; doc += 1) {
    const words = Array.from({ length: 10 }, (_, i) => `${doc}/${i}-${doc * 10 + i}`).join(' ');
    await renderPdf(letter(`Tổ ${words}`), faces, 't');
    most = Math.max(most, faces.keptLayouts().regular);
  }
  expect(most).toBeGreaterThan(limit);
  // At most the limit and the words of the documents drawn between two checks (25).
  expect(most).toBeLessThan(limit + 25 * 10 + 10);
  expect(faces.keptLayouts().regular).toBeLessThan(most);
  expect((await renderPdf(letter('bà Trần Thị Hòa'), faces, 't')).pdf.equals(first.pdf)).toBe(true);
});
