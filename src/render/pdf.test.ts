import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadDossierFonts } from '../io/fonts.js';
import type { DocumentModel } from './document-model.js';
import { renderPdf } from './pdf.js';
import { shareFaces } from './pdf-fonts.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

it.runIf(hasPoppler)('draws decomposed Vietnamese as composed letters', async () => {
  const nfd = (text: string) => text.normalize('NFD');
  const model: DocumentModel = {
    header: {
      governingBody: nfd('ỦY BAN NHÂN DÂN TỈNH'),
      issuer: nfd('SỞ NỘI VỤ'),
      placeDate: nfd('Vĩnh Long, ngày 05 tháng 12 năm 2025'),
    },
    title: nfd('TỜ TRÌNH'),
    blocks: [{ kind: 'paragraph', text: nfd('Đề nghị tặng Bằng khen cho bà Trần Thị Hoà.') }],
    signers: [{ title: nfd('GIÁM ĐỐC'), name: nfd('Nguyễn Văn Hùng') }],
  };
  const file = join(mkdtempSync(join(tmpdir(), 'danvan-pdf-')), 'nfd.pdf');
  writeFileSync(file, (await renderPdf(model, shareFaces(loadDossierFonts()), 'nfd')).pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Đề nghị tặng Bằng khen cho bà Trần Thị Hoà.'.normalize('NFC'));
  expect(text).toContain('Nguyễn Văn Hùng');
});
