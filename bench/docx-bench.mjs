// What writing the editable .docx beside every PDF costs `danvan dossier`: the same merged campaign rendered with
// `--format pdf` (the baseline) and `--format pdf,docx` (the default), each run in its own process, interleaved so
// both see the same load on a shared machine. Target (issue 14): pdf,docx ≤ 1.20 × pdf, measured in one run.
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
rmSync(work, { recursive: true, force: true });
