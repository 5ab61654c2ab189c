// The whole pipeline at national scale (issue "dossier speed", target 3), each step its own process under
// /usr/bin/time -v: wall time, CPU time, peak RSS, and which step dominates.
//  - default: the 4,022-file national inbox of generate.mjs (3,321 communes and 700 provincial agencies register;
//    one registry) through validate → merge → score → excel → dossier. Registrations carry no award proposal, so the
//    dossier step there only finds that nothing is proposed: its cost at that scale comes from --units;
//  - --units N: a whole campaign of N units instead (generate-campaign.mjs: five files a unit, every unit proposing),
//    so that the dossier step draws N dossiers.
// Usage: npm run build && node bench/national-bench.mjs [--units N] [--jobs 2]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCampaign } from './generate-campaign.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out', 'national');
const BIN = join(ROOT, 'bin', 'danvan.js');
const arg = (name, fallback) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const UNITS = arg('--units', 0);
const JOBS = arg('--jobs', 2);

mkdirSync(OUT, { recursive: true });
const NATIONAL = join(ROOT, 'bench', 'out', 'inbox');
if (UNITS === 0 && !existsSync(NATIONAL))
  spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), NATIONAL], { stdio: 'inherit' });
const inbox = UNITS > 0 ? generateCampaign(UNITS, join(OUT, 'hop-thu')) : NATIONAL;
const merged = join(OUT, 'tong-hop.json');
const steps = [
  ['validate', ['validate', inbox, '--format', 'json'], [0, 1]],
  ['merge', ['merge', inbox, '--out', merged, '--force'], [0, 1]],
  ['score', ['score', inbox, '--format', 'json'], [0, 1]],
  ['excel', ['excel', merged, '--out', join(OUT, 'tong-hop.xlsx'), '--force'], [0, 1]],
  ['dossier', ['dossier', merged, '--out', join(OUT, 'ho-so'), '--force', '--jobs', String(JOBS)], [0, 1]],
];
rmSync(join(OUT, 'ho-so'), { recursive: true, force: true });
const results = [];
for (const [name, args, ok] of steps) {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, CI: '1', DANVAN_TODAY: '2025-12-31' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const code = Number(/Exit status: (\d+)/.exec(run.stderr)?.[1] ?? run.status);
  if (!ok.includes(code)) throw new Error(`${name} exited ${code}:\n${run.stderr.slice(-1500)}`);
  const field = (label) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(run.stderr)?.[1] ?? 0);
  const result = {
    name,
    seconds,
    cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    rss: field('Maximum resident set size \\(kbytes\\)') / 1024,
  };
  results.push(result);
  console.log(`${name}: ${seconds.toFixed(1)} s wall, ${result.cpu.toFixed(1)} s CPU, ${result.rss.toFixed(0)} MB`);
}
const total = results.reduce((sum, r) => sum + r.seconds, 0);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const lines = [
  `# National scale: ${UNITS > 0 ? `a campaign of ${UNITS} units` : 'the national registration inbox'} (${countFiles(inbox)} files), dossier with --jobs ${JOBS}`,
  '',
  `Load average at the end: ${load}.`,
  '',
  '| Step | Wall | CPU | Peak RSS | Share of wall |',
  '|---|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.seconds.toFixed(1)} s | ${r.cpu.toFixed(1)} s | ${r.rss.toFixed(0)} MB | ${((r.seconds / total) * 100).toFixed(0)} % |`,
  ),
  `| total | ${total.toFixed(1)} s | | | |`,
  '',
];
writeFileSync(join(OUT, 'results.md'), lines.join('\n'));
console.log(lines.join('\n'));

function countFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((file) => /\.ya?ml$/.test(file)).length;
}
