// Times `danvan merge` against `danvan validate` (the baseline) on the same national-scale inbox, in one run,
// interleaved, with peak RSS from /usr/bin/time -v. Targets (issue "merge"): merge ≤ 1.3× validate, peak ≤ 300 MB.
// Usage: npm run build && node bench/merge-bench.mjs [--runs N]; generates bench/out/inbox with generate.mjs if missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INBOX = join(ROOT, 'bench', 'out', 'inbox');
const BIN = join(ROOT, 'bin', 'danvan.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

if (!existsSync(INBOX)) {
  const generated = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), INBOX], { stdio: 'inherit' });
  if (generated.status !== 0) process.exit(1);
}

const out = join(tmpdir(), `danvan-merge-bench-${process.pid}.json`);
const contenders = {
  validate: [BIN, 'validate', INBOX, '--format', 'json', '--today', '31/12/2025'],
  merge: [BIN, 'merge', INBOX, '--out', out, '--force', '--today', '31/12/2025'],
};

function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args[1]} exited ${result.status}: ${result.stderr.slice(-500)}`);
  return { seconds, rss };
}

const samples = { validate: [], merge: [] };
for (const name of Object.keys(contenders)) timed(contenders[name]); // warm-up
for (let i = 0; i < RUNS; i += 1) {
  for (const name of Object.keys(contenders)) {
    const sample = timed(contenders[name]);
    samples[name].push(sample);
    console.log(`run ${i + 1}/${RUNS} ${name}: ${sample.seconds.toFixed(2)} s, ${sample.rss.toFixed(0)} MB`);
  }
}
rmSync(out, { force: true });

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const summary = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => [
    name,
    { seconds: median(list.map((s) => s.seconds)), rss: Math.max(...list.map((s) => s.rss)) },
  ]),
);
const ratio = summary.merge.seconds / summary.validate.seconds;
const lines = [
  '# danvan merge benchmark',
  '',
  `Inbox: ${INBOX} (the validate benchmark's national-scale inbox). Median of ${RUNS} interleaved runs after a warm-up; peak RSS is the largest of the runs.`,
  '',
  '| Run | Median | Peak RSS | vs validate |',
  '|---|---:|---:|---:|',
  `| \`danvan validate <inbox> --format json\` (baseline) | ${summary.validate.seconds.toFixed(2)} s | ${summary.validate.rss.toFixed(0)} MB | 1.00× |`,
  `| \`danvan merge <inbox> --out …\` | ${summary.merge.seconds.toFixed(2)} s | ${summary.merge.rss.toFixed(0)} MB | ${ratio.toFixed(2)}× |`,
  '',
  `Targets: merge ≤ 1.3× validate — ${ratio <= 1.3 ? 'met' : '**missed**'}; peak memory ≤ 300 MB — ${summary.merge.rss <= 300 ? 'met' : '**missed**'}.`,
  '',
];
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'out', 'merge-results.md'), lines.join('\n'));
console.log(lines.join('\n'));
