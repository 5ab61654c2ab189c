// Times danvan's PDF renderer against a bare pdfkit script that writes the same text with the same font, each in its
// own process (peak RSS from /usr/bin/time -v), interleaved. Target (issue "dossier"): ≤ 2× the bare script.
// Usage: npm run build && node bench/dossier-bench.mjs [--docs N] [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const DOCS = arg('--docs', 400);
const RUNS = arg('--runs', 3);
const dist = (file) => import(pathToFileURL(join(ROOT, 'dist', file)).href);

if (process.argv[2] === '--child') {
  const [, , , who, count] = process.argv;
  const [{ buildToTrinh }, { loadDossierFonts }, { parse }] = await Promise.all([
    dist('dossier-model.js'),
    dist('fonts.js'),
    import('yaml'),
  ]);
  const template = parse(readFileSync(join(ROOT, 'templates', 'dossier', 'to-trinh.yaml'), 'utf8'));
  const fonts = loadDossierFonts();
  const models = Array.from({ length: Number(count) }, (_, i) => buildToTrinh(syntheticInput(i), template).model);
  let bytes = 0;
  if (who === 'danvan') {
    const { renderDocumentsPdf } = await dist('pdf.js');
    for (const model of models) bytes += (await renderDocumentsPdf([model], fonts, 'bench')).length;
  } else {
    const { default: PDFDocument } = await import('pdfkit');
    for (const model of models) bytes += (await barePdf(PDFDocument, model, fonts)).length;
  }
  console.log(bytes);
  process.exit(0);
}

// The same pages of text with the same fonts, without layout: the least work pdfkit needs for these documents.
function barePdf(PDFDocument, model, fonts) {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(Date.UTC(2000, 0, 1)) } });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('regular', fonts.regular).registerFont('bold', fonts.bold).registerFont('italic', fonts.italic);
  const h = model.header;
  for (const line of [
    h.governingBody,
    h.issuer,
    h.number ?? '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
  ]) {
    doc.font('bold').fontSize(12).text(line);
  }
  doc.font('italic').fontSize(13).text(h.placeDate);
  doc
    .font('bold')
    .fontSize(14)
    .text(model.title)
    .text(model.summary ?? '');
  for (const block of model.blocks)
    if (block.kind !== 'table')
      doc
        .font(block.italic ? 'italic' : 'regular')
        .fontSize(14)
        .text(block.text);
  doc.addPage({ layout: 'landscape' });
  doc.font('bold').fontSize(14).text(model.appendix.title).font('italic').fontSize(13).text(model.appendix.subtitle);
  for (const row of model.appendix.rows) doc.font('regular').fontSize(12).text(row.join(' | '));
  doc.end();
  return done;
}

function syntheticInput(i) {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng'];
  const given = ['An', 'Bình', 'Hòa', 'Hương', 'Lan', 'Mai', 'Nam', 'Phúc', 'Tâm', 'Tuấn'];
  const nominees = Array.from({ length: 6 + (i % 8) }, (_, k) => ({
    unit: String(i),
    year: 2025,
    subject: k < 2 ? 'tap-the' : 'ca-nhan',
    name: k < 2 ? `Phòng chuyên môn số ${k + 1}` : `${family[(i + k) % 8]} Văn ${given[(i * 3 + k) % 10]}`,
    position: 'Chuyên viên',
    workplace: `UBND xã số ${i}`,
    achievement: `Vận động ${100 + k * 7} hộ dân hiến đất làm ${k + 2} km đường giao thông nông thôn; xây ${k + 1} cầu dân sinh.`,
    vote: { yes: 10, no: 0, base: 11, share: 9090 },
    source: { file: 'x.yaml', line: 1, column: 1, pointer: '' },
  }));
  return {
    governingBody: 'Ủy ban nhân dân tỉnh Vĩnh Long',
    unitName: `Ủy ban nhân dân xã số ${i}`,
    number: `${(i % 90) + 1}/TTr-UBND`,
    place: 'Vĩnh Long',
    date: '2025-12-05',
    recipients: ['Sở Nội vụ tỉnh Vĩnh Long'],
    bases: ['Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022', 'Nghị định số 152/2025/NĐ-CP của Chính phủ'],
    award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    plan: {
      title: 'Kế hoạch phát động phong trào thi đua',
      number: '553/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Vĩnh Long',
    },
    year: 2025,
    signer: { name: 'Nguyễn Văn Hùng', title: 'Phó Chủ tịch', authority: 'TM. Ủy ban nhân dân' },
    nominees,
  };
}

function measure(who) {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, fileURLToPath(import.meta.url), '--child', who, String(DOCS)],
    { encoding: 'utf8' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${who} failed: ${result.stderr.slice(-800)}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]) / 1024;
  return { seconds, rss };
}

const samples = { bare: [], danvan: [] };
measure('bare');
measure('danvan');
for (let i = 0; i < RUNS; i += 1) {
  for (const who of ['bare', 'danvan']) {
    const s = measure(who);
    samples[who].push(s);
    console.log(`run ${i + 1}/${RUNS} ${who}: ${s.seconds.toFixed(2)} s, ${s.rss.toFixed(0)} MB`);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const summary = Object.fromEntries(
  Object.entries(samples).map(([who, list]) => [
    who,
    { seconds: median(list.map((s) => s.seconds)), rss: Math.max(...list.map((s) => s.rss)) },
  ]),
);
const ratio = summary.danvan.seconds / summary.bare.seconds;
const lines = [
  '# danvan dossier benchmark',
  '',
  `${DOCS} Tờ trình with their Phụ lục (6–13 nominees each, 3 pages); one process each, fonts read once; median of ${RUNS} interleaved runs after a warm-up.`,
  '',
  '| Run | Median | Documents/s | Peak RSS | vs bare |',
  '|---|---:|---:|---:|---:|',
  `| bare pdfkit, same text and fonts, no layout | ${summary.bare.seconds.toFixed(2)} s | ${(DOCS / summary.bare.seconds).toFixed(0)} | ${summary.bare.rss.toFixed(0)} MB | 1.00× |`,
  `| danvan (ND30 layout, tables, page numbers) | ${summary.danvan.seconds.toFixed(2)} s | ${(DOCS / summary.danvan.seconds).toFixed(0)} | ${summary.danvan.rss.toFixed(0)} MB | ${ratio.toFixed(2)}× |`,
  '',
  `Target: ≤ 2× the bare script — ${ratio <= 2 ? 'met' : '**missed**'}.`,
  '',
];
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'out', 'dossier-results.md'), lines.join('\n'));
console.log(lines.join('\n'));
