// What writing the editable .docx beside every PDF costs `danvan dossier`: the same merged campaign rendered with
// `--format pdf` (the baseline) and `--format pdf,docx` (the default), each run in its own process, interleaved so
// both see the same load on a shared machine. Target (issue 14): pdf,docx ≤ 1.20 × pdf, measured in one run.
// The floor, measured in the same run: what the docx library alone charges for a document that says one word
// (Packer.toBuffer of a one-paragraph Document, warm, in this process), times the number of .docx files the run
// writes — the least any writer built on docx's public API can add.
// Usage: npm run build && node bench/docx-bench.mjs [--runs N] [--jobs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'danvan.js');
const arg = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const RUNS = arg('--runs', 3);
const JOBS = arg('--jobs', 2);
const work = mkdtempSync(join(tmpdir(), 'danvan-docx-bench-'));
const merged = join(work, 'tong-hop.json');
const env = { ...process.env, NO_COLOR: '1', DANVAN_TODAY: '2025-12-20' };

const merge = spawnSync(process.execPath, [BIN, 'merge', join(ROOT, 'examples', 'vinh-long-2025'), '--out', merged], {
  env,
});
if (merge.status !== 0) throw new Error(`merge failed: ${merge.stderr}`);

// Wall seconds and CPU seconds (user + sys, children included) of one `danvan dossier` run.
function timeRun(format) {
  const out = join(work, `ho-so-${format.replace(',', '-')}`);
  rmSync(out, { recursive: true, force: true });
  const args = [BIN, 'dossier', merged, '--out', out, '--format', format, '--jobs', String(JOBS)];
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...args], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dossier --format ${format} failed: ${r.stderr}`);
  const [wall, user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  const files = /; (\d+) tệp;/.exec(r.stdout)?.[1];
  return { wall, cpu: user + sys, files: Number(files) };
}

/** CPU milliseconds docx takes to build and pack a one-paragraph document, warm (median of 5 blocks of 100). */
async function emptyDocxMs() {
  const { Document, Packer, Paragraph } = await import('docx');
  const one = () =>
    Packer.toBuffer(new Document({ creator: 'danvan', sections: [{ children: [new Paragraph('x')] }] }));
  for (let i = 0; i < 200; i += 1) await one();
  const blocks = [];
  for (let block = 0; block < 5; block += 1) {
    const started = process.cpuUsage();
    for (let i = 0; i < 100; i += 1) await one();
    const used = process.cpuUsage(started);
    blocks.push((used.user + used.system) / 1000 / 100);
  }
  return median(blocks);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = { pdf: [], 'pdf,docx': [] };
timeRun('pdf'); // warm the file cache and the fonts, not counted
for (let i = 0; i < RUNS; i += 1) for (const format of Object.keys(results)) results[format].push(timeRun(format));

const summary = Object.fromEntries(
  Object.entries(results).map(([format, runs]) => [
    format,
    { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), files: runs[0].files },
  ]),
);
const base = summary.pdf;
const both = summary['pdf,docx'];
console.log(`danvan dossier, examples/vinh-long-2025 (15 units), --jobs ${JOBS}, median of ${RUNS} interleaved runs`);
console.log('| --format | files | wall | CPU (user+sys) | ratio (wall) | ratio (CPU) |');
console.log('|---|---|---|---|---|---|');
for (const [format, s] of Object.entries(summary))
  console.log(
    `| ${format} | ${s.files} | ${s.wall.toFixed(2)} s | ${s.cpu.toFixed(2)} s | ` +
      `${(s.wall / base.wall).toFixed(2)}× | ${(s.cpu / base.cpu).toFixed(2)}× |`,
  );
console.log(`target: pdf,docx ≤ 1.20× pdf → ${both.wall / base.wall <= 1.2 ? 'met' : 'NOT met'} (wall)`);
const floorMs = await emptyDocxMs();
const docxFiles = both.files - base.files;
const floorCpu = base.cpu + (docxFiles * floorMs) / 1000;
console.log(
  `floor: docx alone takes ${floorMs.toFixed(2)} ms of CPU for a one-paragraph document; ${docxFiles} such files ` +
    `would add ${((docxFiles * floorMs) / 1000).toFixed(2)} s to the pdf run's ${base.cpu.toFixed(2)} s of CPU: ` +
    `${(floorCpu / base.cpu).toFixed(2)}× (CPU) before a word of the documents is written`,
);
rmSync(work, { recursive: true, force: true });
