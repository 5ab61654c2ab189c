// The dossier benchmark (issue "dossier speed"), every figure from one run, side by side:
//  1. per unit, danvan's full dossier (four parts, two sets with their contents page) on one worker and on two,
//     against LibreOffice converting the same four documents from HTML in one batch (the way officers make PDFs
//     today); the HTML holds the same text, taken from danvan's own PDFs, as plain paragraphs;
//  2. a large campaign (500 units by default): peak RSS, and the throughput of two workers against one; and the
//     ceiling for that ratio on this machine: two independent one-thread runs side by side (two processes sharing
//     nothing) against one alone. No pool of two can beat two processes that share nothing.
// Each danvan run is its own process under /usr/bin/time -v (wall time from spawn to exit, peak RSS).
// Usage: npm run build && node bench/dossier-bench.mjs [--units 40] [--big 500] [--runs 2]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCampaign } from './generate-campaign.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out', 'dossier');
const BIN = join(ROOT, 'bin', 'danvan.js');
const arg = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const UNITS = arg('--units', 40);
const BIG = arg('--big', 500);
const RUNS = arg('--runs', 2);
const PARTS = ['to-trinh', 'bien-ban', 'bao-cao', 'cham-diem'];

function timed(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-1500)}`);
  return { seconds, ...measured(result.stderr) };
}

/** Peak RSS (MB) and CPU seconds (user + system) from what `/usr/bin/time -v` printed. */
function measured(stderr) {
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]) / 1024;
  const cpu = ['User', 'System'].reduce(
    (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? 0),
    0,
  );
  return { rss, cpu };
}

/** The same as timed, but started without waiting, so that two runs can share the machine. */
function timedAsync(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-v', command, ...args], { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (status !== 0) return reject(new Error(`${command} ${args.join(' ')} failed:\n${stderr.slice(-1500)}`));
      resolve({ seconds, ...measured(stderr) });
    });
  });
}

/** A merged campaign of n units (generated, then `danvan merge`), untimed. */
function campaign(n) {
  const dir = generateCampaign(n, join(OUT, `campaign-${n}`));
  const merged = join(OUT, `tong-hop-${n}.json`);
  const merge = spawnSync(process.execPath, [BIN, 'merge', dir, '--out', merged, '--force'], {
    encoding: 'utf8',
    env: { ...process.env, DANVAN_TODAY: '2025-12-31' },
  });
  if (!existsSync(merged)) throw new Error(`merge failed: ${merge.stderr}`);
  return merged;
}

// PDF only: LibreOffice, the contender, makes PDFs (the Word copies have their own benchmark, docx-bench.mjs).
const dossierArgs = (merged, jobs, out) => [
  BIN,
  'dossier',
  merged,
  '--out',
  out,
  '--jobs',
  String(jobs),
  '--format',
  'pdf',
];
const quiet = { env: { ...process.env, CI: '1' } };

function dossier(merged, jobs, out) {
  rmSync(out, { recursive: true, force: true });
  return timed(process.execPath, dossierArgs(merged, jobs, out), quiet);
}

/** Two one-thread runs at once, each its own process writing its own folder: seconds until both are done. */
async function dossierPair(merged) {
  const outs = ['a', 'b'].map((name) => join(OUT, `ho-so-pair-${name}`));
  for (const out of outs) rmSync(out, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const runs = await Promise.all(outs.map((out) => timedAsync(process.execPath, dossierArgs(merged, 1, out), quiet)));
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: runs[0].cpu + runs[1].cpu };
}

// The same text as danvan's PDFs (pdftotext, page by page), as HTML paragraphs: LibreOffice lays out text and
// tables' contents but draws no table, so this is if anything an easier job than danvan's.
function htmlFromPdf(pdf) {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const pages = text.split('\f').filter((page) => page.trim());
  const body = pages
    .map((page) =>
      page
        .split(/\n\s*\n/)
        .map((block) => `<p>${escape(block.replace(/\s+/g, ' ').trim())}</p>`)
        .join('\n'),
    )
    .join('\n<p style="page-break-before: always"></p>\n');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>body{font-family:"Times New Roman";font-size:14pt}</style></head><body>\n${body}\n</body></html>\n`;
}

function libreOffice(pdfDir, units) {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.status !== 0) return undefined;
  const html = join(OUT, 'html');
  const converted = join(OUT, 'html-pdf');
  rmSync(html, { recursive: true, force: true });
  rmSync(converted, { recursive: true, force: true });
  mkdirSync(html, { recursive: true });
  const files = [];
  for (const file of readdirSync(pdfDir).sort())
    if (/^\d+-/.test(file) && PARTS.some((part) => file.endsWith(`-${part}.pdf`))) {
      const target = join(html, file.replace(/\.pdf$/, '.html'));
      writeFileSync(target, htmlFromPdf(join(pdfDir, file)));
      files.push(target);
    }
  const profile = `-env:UserInstallation=file://${join(OUT, 'lo-profile')}`;
  const args = [profile, '--headless', '--convert-to', 'pdf:writer_web_pdf_Export', '--outdir', converted];
  timed('soffice', [...args, files[0]]); // warm-up: the profile is created on the first start
  rmSync(converted, { recursive: true, force: true });
  const run = timed('soffice', [...args, ...files]);
  const made = readdirSync(converted).length;
  if (made !== files.length) throw new Error(`LibreOffice wrote ${made} of ${files.length} files`);
  return { ...run, documents: files.length, units };
}

mkdirSync(OUT, { recursive: true });
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const results = { units: UNITS, big: BIG, runs: RUNS };

// 1. Per unit, against LibreOffice.
const small = campaign(UNITS);
const samples = { 1: [], 2: [] };
for (let i = 0; i < RUNS; i += 1)
  for (const jobs of [1, 2]) {
    const s = dossier(small, jobs, join(OUT, `ho-so-${jobs}`));
    samples[jobs].push(s);
    console.log(`${UNITS} units, --jobs ${jobs}: ${s.seconds.toFixed(2)} s, ${s.rss.toFixed(0)} MB`);
  }
const perUnit = (jobs) => median(samples[jobs].map((s) => s.seconds)) / UNITS;
results.danvan = { jobs1: perUnit(1), jobs2: perUnit(2), rss1: samples[1][0].rss, rss2: samples[2][0].rss };
const lo = libreOffice(join(OUT, 'ho-so-1'), UNITS);
if (lo) {
  results.libreOffice = { perUnit: lo.seconds / UNITS, perDocument: lo.seconds / lo.documents, rss: lo.rss };
  console.log(`LibreOffice, ${lo.documents} documents in one batch: ${lo.seconds.toFixed(2)} s`);
}

// 2. A large campaign: memory and the second core.
const big = BIG > 0 ? campaign(BIG) : undefined;
if (big) {
  results.bigRuns = {};
  for (const jobs of [1, 2]) {
    const s = dossier(big, jobs, join(OUT, `ho-so-big-${jobs}`));
    results.bigRuns[jobs] = s;
    console.log(`${BIG} units, --jobs ${jobs}: ${s.seconds.toFixed(1)} s, ${s.rss.toFixed(0)} MB`);
  }
  results.pair = await dossierPair(big);
  console.log(`${BIG} units twice at once, two processes of --jobs 1: ${results.pair.seconds.toFixed(1)} s`);
}

const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;
const lines = [
  '# danvan dossier benchmark',
  '',
  `Machine load at the end: ${readLoad()}.`,
  '',
  `## Per unit (${UNITS} units, median of ${RUNS} runs; four parts, two sets and their contents pages per unit)`,
  '',
  '| Contender | Per unit | Peak RSS | vs LibreOffice |',
  '|---|---:|---:|---:|',
  ...(results.libreOffice
    ? [
        `| LibreOffice, the four parts from HTML, one batch (${ms(results.libreOffice.perDocument)} a document) | ${ms(results.libreOffice.perUnit)} | ${results.libreOffice.rss.toFixed(0)} MB | 1.00× |`,
      ]
    : ['| LibreOffice | not installed: skipped | | |']),
  ...[1, 2].map((jobs) => {
    const value = results.danvan[`jobs${jobs}`];
    const ratio = results.libreOffice ? `${(value / results.libreOffice.perUnit).toFixed(2)}×` : '';
    return `| danvan dossier --jobs ${jobs} | ${ms(value)} | ${results.danvan[`rss${jobs}`].toFixed(0)} MB | ${ratio} |`;
  }),
  '',
];
if (big) {
  const [one, two] = [results.bigRuns[1], results.bigRuns[2]];
  lines.push(
    `## ${BIG} units in one run`,
    '',
    '| Workers | Wall | Units/s | CPU | Peak RSS |',
    '|---:|---:|---:|---:|---:|',
    ...[1, 2].map((jobs) => {
      const s = results.bigRuns[jobs];
      return `| ${jobs} | ${s.seconds.toFixed(1)} s | ${(BIG / s.seconds).toFixed(1)} | ${s.cpu.toFixed(1)} s | ${s.rss.toFixed(0)} MB |`;
    }),
    '',
    `Two workers: ${(one.seconds / two.seconds).toFixed(2)}× the throughput of one (target ≥ 1.7×); peak RSS ${Math.max(one.rss, two.rss).toFixed(0)} MB (target ≤ 400 MB).`,
    '',
    `Ceiling on this machine: the same ${BIG} units twice at once, two processes of \`--jobs 1\` sharing nothing, ` +
      `took ${results.pair.seconds.toFixed(1)} s for both (${results.pair.cpu.toFixed(1)} s CPU): ` +
      `${((2 * one.seconds) / results.pair.seconds).toFixed(2)}× the throughput of one run alone. ` +
      `One run alone keeps ${(one.cpu / one.seconds).toFixed(2)} cores busy (V8's garbage collector and compiler ` +
      `threads beside the drawing), so two cores can give it at most ${(2 / (one.cpu / one.seconds)).toFixed(2)}×.`,
    '',
  );
}
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
writeFileSync(join(OUT, 'results.md'), lines.join('\n'));
console.log(lines.join('\n'));

function readLoad() {
  const load = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.split(' ').slice(0, 3).join(' ');
  return `load average ${load}`;
}
