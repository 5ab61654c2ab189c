// Times `danvan import` of N filled registration forms against `danvan validate` of the same content as YAML (the
// baseline), each in its own process (wall time, CPU, peak RSS from /usr/bin/time -v), interleaved, in one run.
// Also times `danvan validate` reading the forms directly. Target (issue 15): import ≤ 2× validate; record memory.
// Usage: npm run build && node bench/import-bench.mjs [--forms N] [--runs N]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { parse } from 'yaml';
import { fillForm } from './fill-form.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'danvan.js');
const CAMPAIGN = join(ROOT, 'examples', 'vinh-long-2025');
const arg = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const FORMS = arg('--forms', 4000);
const RUNS = arg('--runs', 3);
const WORK = join(ROOT, 'bench', 'out', 'import');

// The inboxes: the campaign's 15 registrations, each as YAML and as a form filled by script, repeated to N files
// under N distinct unit codes (repeats of one unit would make the run about duplicate findings, not reading). The
// same content on both sides; the plan is included, the registry is not (its 15 units would flag the other codes).
function prepare() {
  rmSync(WORK, { recursive: true, force: true });
  const yamlInbox = join(WORK, 'yaml');
  const formInbox = join(WORK, 'xlsx');
  for (const inbox of [yamlInbox, formInbox]) {
    mkdirSync(inbox, { recursive: true });
    cpSync(join(CAMPAIGN, 'ke-hoach.yaml'), join(inbox, 'ke-hoach.yaml'));
  }
  const blank = join(WORK, 'mau.xlsx');
  const made = spawnSync(
    process.execPath,
    [
      BIN,
      'form',
      join(CAMPAIGN, 'danh-muc-don-vi.yaml'),
      '--plan',
      join(CAMPAIGN, 'ke-hoach.yaml'),
      '--kind',
      'dang-ky',
      '--out',
      blank,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(made.stderr);
  return { yamlInbox, formInbox, blank };
}

async function fill({ yamlInbox, formInbox, blank }) {
  const sources = readdirSync(join(CAMPAIGN, 'dang-ky')).map((name) =>
    readFileSync(join(CAMPAIGN, 'dang-ky', name), 'utf8'),
  );
  const forms = [];
  for (const text of sources) forms.push(await fillForm(readFileSync(blank), parse(text)));
  const zips = await Promise.all(forms.map((bytes) => JSZip.loadAsync(bytes)));
  const strings = await Promise.all(zips.map((zip) => zip.file('xl/sharedStrings.xml').async('string')));
  for (let i = 0; i < FORMS; i += 1) {
    const k = i % sources.length;
    const own = String(k + 1).padStart(3, '0');
    const code = `9${String(i + 1).padStart(5, '0')}`;
    const name = `${code}-dang-ky`;
    writeFileSync(join(yamlInbox, `${name}.yaml`), sources[k].replace(`ma_don_vi: "${own}"`, `ma_don_vi: "${code}"`));
    zips[k].file('xl/sharedStrings.xml', strings[k].replace(`<t>${own}</t>`, `<t>${code}</t>`));
    writeFileSync(
      join(formInbox, `${name}.xlsx`),
      await zips[k].generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
  }
}

function measure(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1', DANVAN_TODAY: '2025-12-31' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args[0]} failed: ${result.stderr.slice(-800)}`);
  const field = (label) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(result.stderr)?.[1]);
  return {
    seconds,
    cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    rss: field('Maximum resident set size \\(kbytes\\)') / 1024,
  };
}

const dirs = prepare();
await fill(dirs);
const out = join(WORK, 'nhap');
const RUNS_OF = {
  'validate YAML (baseline)': ['validate', dirs.yamlInbox, '--format', 'json'],
  'import forms → YAML': ['import', dirs.formInbox, '--out', out, '--force'],
  'validate forms directly': ['validate', dirs.formInbox, '--format', 'json'],
};
const samples = Object.fromEntries(Object.keys(RUNS_OF).map((name) => [name, []]));
for (const args of Object.values(RUNS_OF)) measure(args); // warm-up: file cache, compiled code
for (let i = 0; i < RUNS; i += 1) {
  for (const [name, args] of Object.entries(RUNS_OF)) {
    const s = measure(args);
    samples[name].push(s);
    console.log(
      `run ${i + 1}/${RUNS} ${name}: ${s.seconds.toFixed(2)} s wall, ${s.cpu.toFixed(2)} s CPU, ${s.rss.toFixed(0)} MB`,
    );
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const rows = Object.entries(samples).map(([name, list]) => ({
  name,
  seconds: median(list.map((s) => s.seconds)),
  cpu: median(list.map((s) => s.cpu)),
  rss: Math.max(...list.map((s) => s.rss)),
}));
const base = rows[0];
const lines = [
  '# danvan import benchmark',
  '',
  `${FORMS.toLocaleString('en')} filled registration forms (15 distinct, from examples/vinh-long-2025) against the same content as YAML; median of ${RUNS} interleaved runs after a warm-up; peak RSS is the largest run. ${new Date().toISOString().slice(0, 16)} UTC, load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}.`,
  '',
  '| Run | Median wall | Median CPU | Peak RSS | wall vs baseline | CPU vs baseline |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.seconds.toFixed(2)} s | ${r.cpu.toFixed(2)} s | ${r.rss.toFixed(0)} MB | ${(r.seconds / base.seconds).toFixed(2)}× | ${(r.cpu / base.cpu).toFixed(2)}× |`,
  ),
  '',
  `Target: import ≤ 2× validate — ${rows[1].seconds / base.seconds <= 2 ? 'met' : '**missed**'} (wall), ${rows[1].cpu / base.cpu <= 2 ? 'met' : '**missed**'} (CPU).`,
  '',
];
writeFileSync(join(ROOT, 'bench', 'out', 'import-results.md'), lines.join('\n'));
console.log(lines.join('\n'));
