// Times danvan's Excel renderer against a bare exceljs streaming write of the same 50,000 nominee rows, each in its
// own process (peak RSS from /usr/bin/time -v), interleaved. Targets (issue "excel"): ≤ 1.5× the bare write, ≤ 250 MB.
// Usage: npm run build && node bench/excel-bench.mjs [--rows N] [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const ROWS = arg('--rows', 50_000);
const RUNS = arg('--runs', 5);

// One child process per measurement: `node bench/excel-bench.mjs --child danvan|bare <rows> <out>`.
if (process.argv[2] === '--child') {
  const [, , , who, rows, out] = process.argv;
  const { rows: data, columns } = syntheticRows(Number(rows));
  if (who === 'danvan') {
    const { renderWorkbookXlsx } = await import(pathToFileURL(join(ROOT, 'dist', 'xlsx.js')).href);
    const sheet = {
      name: 'Đề nghị khen thưởng',
      title: 'DANH SÁCH',
      columns,
      rows: data,
      sumColumns: [7],
      emptyText: '',
    };
    const heading = {
      body: 'SỞ NỘI VỤ',
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      placeDate: '',
      period: 'Năm 2025',
    };
    const signatures = [
      { title: 'NGƯỜI LẬP BIỂU', note: '', name: '' },
      { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '', name: '' },
    ];
    writeFileSync(out, await renderWorkbookXlsx({ title: 'bench', heading, signatures, sheets: [sheet] }));
  } else {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: out,
      useStyles: true,
      useSharedStrings: false,
    });
    const ws = workbook.addWorksheet('Đề nghị khen thưởng');
    ws.addRow(columns.map((c) => c.header)).commit();
    for (const row of data) ws.addRow(row).commit();
    ws.commit();
    await workbook.commit();
  }
  process.exit(0);
}

function syntheticRows(count) {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
  const middle = ['Văn', 'Thị', 'Hữu', 'Thanh', 'Minh', 'Ngọc'];
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Hòa', 'Hương', 'Lan', 'Mai', 'Nam', 'Phúc', 'Tâm', 'Tuấn'];
  const columns = [
    'STT',
    'Đơn vị đề nghị',
    'Đối tượng',
    'Tên',
    'Chức vụ',
    'Tóm tắt thành tích',
    'Hình thức',
    'Đồng ý',
    'Trên',
    'Tỷ lệ',
    'Nguồn',
  ].map((header, i) => ({
    header,
    width: 20,
    kind: i === 0 || i === 7 || i === 8 ? 'int' : i === 9 ? 'percent' : 'wrap',
  }));
  const rows = Array.from({ length: count }, (_, i) => [
    i + 1,
    `UBND xã số ${(i % 3321) + 1}`,
    i % 3 === 0 ? 'Tập thể' : 'Cá nhân',
    `${family[i % 10]} ${middle[i % 6]} ${given[i % 12]}`,
    'Chuyên viên',
    `Vận động ${i % 500} hộ dân hiến đất làm đường, xây ${i % 40} cầu giao thông nông thôn.`,
    'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    9 + (i % 3),
    11,
    (9 + (i % 3)) / 11,
    `hop-thu/${i % 34}/${i}.yaml:${10 + (i % 30)}`,
  ]);
  return { rows, columns };
}

function measure(who) {
  const out = join(tmpdir(), `danvan-excel-bench-${who}-${process.pid}.xlsx`);
  const started = process.hrtime.bigint();
  const result = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, fileURLToPath(import.meta.url), '--child', who, String(ROWS), out],
    {
      encoding: 'utf8',
    },
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
  '# danvan excel benchmark',
  '',
  `${ROWS.toLocaleString('en')} nominee rows, 11 columns; median of ${RUNS} interleaved runs after a warm-up; peak RSS is the largest run.`,
  '',
  '| Run | Median | Peak RSS | vs bare |',
  '|---|---:|---:|---:|',
  `| bare exceljs streaming write (no styles) | ${summary.bare.seconds.toFixed(2)} s | ${summary.bare.rss.toFixed(0)} MB | 1.00× |`,
  `| danvan (styles, formats, totals, print set-up, fixed zip stamps) | ${summary.danvan.seconds.toFixed(2)} s | ${summary.danvan.rss.toFixed(0)} MB | ${ratio.toFixed(2)}× |`,
  '',
  `Targets: ≤ 1.5× the bare write — ${ratio <= 1.5 ? 'met' : '**missed**'}; ≤ 250 MB — ${summary.danvan.rss <= 250 ? 'met' : '**missed**'}.`,
  '',
];
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'out', 'excel-results.md'), lines.join('\n'));
console.log(lines.join('\n'));
