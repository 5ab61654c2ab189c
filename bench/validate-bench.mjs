#!/usr/bin/env node
// The validate benchmark. In one run, on the same generated inbox, it times:
//   a. `danvan validate <inbox> --format json`, as a child process;
//   b. the floor (bench/floor.mjs): read + YAML.parse + one compiled ajv validator, in its own process;
//   c. ajv-cli 5 with the same schema and formats, on every file it can read;
//   d. start-up: `danvan validate <one small file>` and `danvan --help` against a bare `node -e 0`.
// Each measurement is repeated and the median kept. Peak RSS comes from `/usr/bin/time -v` when it exists,
// otherwise from process.resourceUsage() in a preloaded hook (bench/rss-hook.mjs).
// Prints a Markdown report and writes it to bench/out/validate-results.md (raw numbers: validate-results.json).
//
//   node bench/validate-bench.mjs [--runs 5] [--startup-runs 10] [--inbox DIR] [--rss time|hook]
//
// `npm run bench` builds first; this script only reads dist/ (it waits if a build is in progress).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DEFAULT_INBOX,
  DEFECTS,
  GENERATOR_VERSION,
  REGISTRY_FILE,
  describe,
  generate,
  manifestPathFor,
} from './generate.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const OUT = join(BENCH, 'out');
const RUNS_DIR = join(OUT, 'runs');
const NODE = process.execPath;
const DANVAN = join(ROOT, 'bin', 'danvan.js');
const FLOOR = join(BENCH, 'floor.mjs');
const AJV_CLI = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const AJV_CLI_FORMATS = join(BENCH, 'ajv-cli-formats.cjs');
const SCHEMA = join(ROOT, 'schemas', 'dang-ky.schema.json');
const TIME_BIN = '/usr/bin/time';
const RSS_HOOK = pathToFileURL(join(BENCH, 'rss-hook.mjs')).href;
const DIST_FILES = ['dist/main.js', 'dist/io.js', 'dist/formats.js', 'dist/validators/dang-ky.cjs'];

const TARGET_THROUGHPUT = 1.3; // danvan wall time / floor wall time
const TARGET_STARTUP = 2.5; // danvan validate <one file> / node -e 0

// ---- small helpers -----------------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = { runs: 5, startupRuns: 10, inbox: DEFAULT_INBOX, rss: existsSync(TIME_BIN) ? 'time' : 'hook' };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[(i += 1)];
    if (flag === '--runs') options.runs = Number(value());
    else if (flag === '--startup-runs') options.startupRuns = Number(value());
    else if (flag === '--inbox') options.inbox = resolve(value());
    else if (flag === '--rss') options.rss = value();
    else if (flag === '-h' || flag === '--help') {
      console.log(
        'usage: node bench/validate-bench.mjs [--runs 5] [--startup-runs 10] [--inbox DIR] [--rss time|hook]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!(options.runs >= 1 && options.startupRuns >= 1)) throw new Error('--runs and --startup-runs need a number ≥ 1');
  if (!['time', 'hook'].includes(options.rss)) throw new Error('--rss is time or hook');
  if (options.rss === 'time' && !existsSync(TIME_BIN)) throw new Error(`${TIME_BIN} not found; use --rss hook`);
  return options;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms) => `${ms.toFixed(0)} ms`;
const megabytes = (kb) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const ratio = (x) => `${x.toFixed(2)}×`;
const thousands = (n) => Math.round(n).toLocaleString('en-US');
const log = (text) => process.stderr.write(`${text}\n`);

/** The build may be replaced under us by a concurrent `npm run build`: wait until dist/ is whole again. */
async function waitForDist(timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const missing = DIST_FILES.filter((file) => !existsSync(join(ROOT, file)));
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`dist/ incomplete (${missing.join(', ')}): run npm run build`);
    log(`waiting for dist/ (${missing.join(', ')} missing)…`);
    await sleep(2000);
  }
}

/**
 * Runs one command and times it from spawn to exit. stdout/stderr go to files (or nowhere), never through a
 * pipe to this process. With `rss`, peak RSS is read from /usr/bin/time -v or from the preloaded hook.
 */
async function runOnce(argv, { cwd = ROOT, out, err, rss } = {}) {
  let command = argv;
  const env = { ...process.env };
  let rssFile;
  if (rss === 'time') {
    rssFile = join(RUNS_DIR, 'time-v.txt');
    command = [TIME_BIN, '-v', '-o', rssFile, ...argv];
  } else if (rss === 'hook') {
    rssFile = join(RUNS_DIR, 'rss-hook.txt');
    command = [argv[0], `--import=${RSS_HOOK}`, ...argv.slice(1)];
    env.BENCH_RSS_FILE = rssFile;
  }
  const stdout = out ? openSync(out, 'w') : 'ignore';
  const stderr = err ? openSync(err, 'w') : 'ignore';
  try {
    const start = performance.now();
    const code = await new Promise((resolvePromise, reject) => {
      const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', stdout, stderr] });
      child.on('error', reject);
      child.on('exit', (exitCode, signal) => resolvePromise(exitCode ?? signal));
    });
    const ms = performance.now() - start;
    if (rss === 'time') {
      const report = readFileSync(rssFile, 'utf8');
      const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1]);
      const cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
      return { ms, code, maxRssKb: field('Maximum resident set size \\(kbytes\\)'), cpuMs };
    }
    if (rss === 'hook') return { ms, code, ...JSON.parse(readFileSync(rssFile, 'utf8')) };
    return { ms, code };
  } finally {
    if (typeof stdout === 'number') closeSync(stdout);
    if (typeof stderr === 'number') closeSync(stderr);
  }
}

// ---- the inbox and what each tool should say about it ------------------------------------------------------

async function ensureInbox(inbox) {
  const manifestPath = manifestPathFor(inbox);
  const manifest =
    existsSync(inbox) && existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
  if (manifest?.generator === GENERATOR_VERSION) {
    log(`using the existing inbox ${relative(ROOT, inbox) || inbox} (delete it to regenerate)`);
    return manifest;
  }
  log(`generating ${relative(ROOT, inbox) || inbox}…`);
  const generated = generate(inbox);
  log(describe(generated, relative(ROOT, inbox)));
  return generated;
}

const leadingZeroCode = (detail) => /^ma_don_vi: 0\d*\.\d+ unquoted/.test(detail);

function expectations(manifest) {
  const defects = Object.entries(manifest.defects);
  const schemaInvalid = defects.filter(([, { defect }]) => DEFECTS[defect].schemaInvalid).map(([file]) => file);
  const syntaxError = defects.find(([, { defect }]) => defect === 'loi-cu-phap')?.[0];
  return {
    // danvan: every deliberate defect, the unknown unit codes included (a cross-file rule).
    danvan: new Set(defects.map(([file]) => file)),
    // floor: schema problems only; the registry is not a dang-ky file, so it fails the dang-ky schema.
    floor: new Set([...schemaInvalid, REGISTRY_FILE]),
    // ajv-cli reads YAML 1.1 (js-yaml 3): schema problems, minus the two files it is not given, minus
    // unquoted codes with a leading zero (07.0020 is a string in YAML 1.1, a number in YAML 1.2), plus every
    // file with an unquoted ISO date (a timestamp in YAML 1.1, a string in YAML 1.2).
    ajvCli: new Set([
      ...schemaInvalid.filter((file) => file !== syntaxError && !leadingZeroCode(manifest.defects[file].detail)),
      ...manifest.unquotedIsoDates,
    ]),
    syntaxError,
  };
}

/** Compares the set of files a tool called invalid with the set we expect; paths relative to the inbox. */
function agreement(actual, expected) {
  const missed = [...expected].filter((file) => !actual.has(file));
  const extra = [...actual].filter((file) => !expected.has(file));
  return {
    invalid: actual.size,
    expected: expected.size,
    missed,
    extra,
    agrees: missed.length === 0 && extra.length === 0,
  };
}

// ---- the three throughput contenders -----------------------------------------------------------------------

function contenders(inbox, manifest, expected) {
  const cwd = dirname(inbox);
  const name = basename(inbox);
  const strip = (file) => file.slice(name.length + 1);
  const excluded = [basename(REGISTRY_FILE, '.yaml'), basename(expected.syntaxError, '.yaml')];
  return [
    {
      id: 'danvan',
      label: '`danvan validate <inbox> --format json`',
      argv: [NODE, DANVAN, 'validate', name, '--format', 'json'],
      cwd,
      files: manifest.files,
      okCodes: [0, 1],
      verdicts(stdout) {
        const report = JSON.parse(stdout);
        if (report.files.length !== manifest.files) throw new Error(`danvan checked ${report.files.length} files`);
        const errors = report.diagnostics.filter((d) => d.severity === 'error').map((d) => strip(d.file));
        return { checked: report.files.length, invalid: new Set(errors) };
      },
      expected: expected.danvan,
    },
    {
      id: 'floor',
      label: 'floor: read + `YAML.parse` + one ajv validator',
      argv: [NODE, FLOOR, name],
      cwd,
      files: manifest.files,
      okCodes: [0],
      verdicts(stdout) {
        const result = JSON.parse(stdout);
        if (result.files !== manifest.files) throw new Error(`floor read ${result.files} files`);
        return { checked: result.files, invalid: new Set(result.invalidFiles), phases: result.ms };
      },
      expected: expected.floor,
    },
    {
      id: 'ajv-cli',
      label: '`ajv validate` (ajv-cli 5, js-yaml 3)',
      // The registry (another schema) and the file with the syntax error (ajv-cli aborts on it) are left out.
      argv: [
        NODE,
        AJV_CLI,
        'validate',
        '--spec=draft2020',
        '--all-errors',
        '--verbose',
        '--strict=true',
        '--allow-union-types',
        '-c',
        AJV_CLI_FORMATS,
        '--errors=json',
        '-s',
        SCHEMA,
        '-d',
        `${name}/**/!(${excluded.join('|')}).yaml`,
      ],
      cwd,
      files: manifest.files - 2,
      okCodes: [0, 1],
      verdicts(stdout, stderr) {
        const valid = stdout.split('\n').filter((line) => line.endsWith(' valid')).length;
        const invalid = stderr
          .split('\n')
          .filter((line) => line.endsWith(' invalid'))
          .map((line) => strip(line.slice(0, -' invalid'.length)));
        if (valid + invalid.length !== manifest.files - 2)
          throw new Error(`ajv-cli checked ${valid + invalid.length} files`);
        return { checked: valid + invalid.length, invalid: new Set(invalid) };
      },
      expected: expected.ajvCli,
    },
  ];
}

/** One timed run of a contender; a run broken by a concurrent rebuild of dist/ is retried. */
async function measure(contender, rss) {
  const out = join(RUNS_DIR, `${contender.id}.stdout`);
  const err = join(RUNS_DIR, `${contender.id}.stderr`);
  for (let attempt = 1; ; attempt += 1) {
    await waitForDist();
    const run = await runOnce(contender.argv, { cwd: contender.cwd, out, err, rss });
    try {
      if (!contender.okCodes.includes(run.code)) throw new Error(`exit code ${run.code}`);
      return { ...run, ...contender.verdicts(readFileSync(out, 'utf8'), readFileSync(err, 'utf8')) };
    } catch (error) {
      if (attempt >= 3)
        throw new Error(`${contender.id} failed: ${error.message}\n${readFileSync(err, 'utf8').slice(-2000)}`);
      log(`${contender.id}: ${error.message}; retrying`);
      await sleep(3000);
    }
  }
}

/** ajv-cli on every YAML file of the inbox, once: shows what happens when it meets the syntax error. */
async function probeAjvCliOnWholeInbox(contender, inbox) {
  const argv = [...contender.argv.slice(0, -1), `${basename(inbox)}/**/*.yaml`];
  const out = join(RUNS_DIR, 'ajv-cli-whole-inbox.stdout');
  const err = join(RUNS_DIR, 'ajv-cli-whole-inbox.stderr');
  const run = await runOnce(argv, { cwd: contender.cwd, out, err });
  const stderr = readFileSync(err, 'utf8');
  const valid = readFileSync(out, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith(' valid')).length;
  const invalid = stderr.split('\n').filter((line) => line.endsWith(' invalid')).length;
  const lastLine = stderr.trim().split('\n').at(-1);
  return { code: run.code, processed: valid + invalid, lastLine };
}

/** The ajv-cli `ngay` format is a CommonJS copy of danvan's toIsoDate: prove they agree before using it. */
async function checkNgayCopy() {
  const { validationFormats } = await import(pathToFileURL(join(ROOT, 'dist', 'formats.js')).href);
  const toIsoDate = (text) => (validationFormats.ngay.validate(text) ? text : undefined);
  const { isNgay } = createRequire(import.meta.url)(AJV_CLI_FORMATS);
  const samples = ['', 'abc', '2025-4-15', ' 15/04/2025 ', '15.04.2025', '1/1/2025', '00/01/2025', '2025-00-10'];
  for (let year = 2023; year <= 2025; year += 1) {
    for (let month = 0; month <= 13; month += 1) {
      for (let day = 0; day <= 32; day += 1) {
        const [d, m, dd, mm] = [
          String(day),
          String(month),
          String(day).padStart(2, '0'),
          String(month).padStart(2, '0'),
        ];
        samples.push(`${dd}/${mm}/${year}`, `${d}/${m}/${year}`, `${dd}-${mm}-${year}`, `${year}-${mm}-${dd}`);
      }
    }
  }
  const differ = samples.filter((text) => (toIsoDate(text) !== undefined) !== isNgay(text));
  return { samples: samples.length, differ };
}

// ---- start-up ------------------------------------------------------------------------------------------------

async function measureStartup(inbox, manifest, runs, rss) {
  const smallFile = join(inbox, manifest.smallValid);
  const commands = [
    { id: 'node', label: '`node -e 0`', argv: [NODE, '-e', '0'], okCodes: [0] },
    {
      id: 'validate-one',
      label: '`danvan validate <one small valid file>`',
      argv: [NODE, DANVAN, 'validate', smallFile],
      okCodes: [0, 1], // 1 would mean a new rule dislikes the file: still a full validation, still timed
    },
    { id: 'help', label: '`danvan --help`', argv: [NODE, DANVAN, '--help'], okCodes: [0] },
  ];
  const times = Object.fromEntries(commands.map((command) => [command.id, []]));
  await waitForDist();
  for (let i = 0; i < 2; i += 1) for (const command of commands) await runOnce(command.argv); // warm-up
  for (let i = 0; i < runs; i += 1) {
    // Interleaved, so a slow moment of the machine hits every command alike; no wrapper, so nothing is added.
    for (const command of commands) {
      let run = await runOnce(command.argv);
      for (let attempt = 1; !command.okCodes.includes(run.code); attempt += 1) {
        if (attempt >= 3) throw new Error(`${command.label} exited with ${run.code}`);
        await waitForDist(); // most likely a rebuild of dist/ in progress
        run = await runOnce(command.argv);
      }
      command.code = run.code;
      times[command.id].push(run.ms);
    }
  }
  const results = [];
  for (const command of commands) {
    const { maxRssKb } = await runOnce(command.argv, { rss });
    results.push({ ...command, runs: times[command.id], median: median(times[command.id]), maxRssKb });
  }
  return { smallFile: relative(ROOT, smallFile), smallFileBytes: statSync(smallFile).size, results };
}

/** When dist/ was last built, as far as the newest of the files danvan needs says. */
const distBuildTime = () =>
  new Date(Math.max(...DIST_FILES.map((file) => statSync(join(ROOT, file)).mtimeMs))).toISOString();

// ---- machine and noise -------------------------------------------------------------------------------------

const USER_HZ_MS = 10; // /proc/stat counts in USER_HZ ticks, 100 per second on Linux

/** The aggregate `cpu` line of /proc/stat (Linux), in ms: busy time of all CPUs, and time stolen by the hypervisor. */
function cpuCounters() {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return {
      busy: (user + nice + system + irq + softirq) * USER_HZ_MS,
      steal: steal * USER_HZ_MS,
      wall: performance.now(),
    };
  } catch {
    return undefined;
  }
}

/**
 * How quiet the machine was during the timed runs: CPU time used by anything other than the measured processes
 * (and this script), and CPU time the hypervisor took away. Needs CPU times of the runs (from --rss).
 */
function noise(before, after, runs, ownCpu) {
  if (!before || !after) return undefined;
  const measuredMs = runs.reduce((sum, run) => sum + (run.cpuMs ?? 0), 0);
  const ownMs = (ownCpu.user + ownCpu.system) / 1000;
  const wallMs = after.wall - before.wall;
  return {
    wallMs,
    otherCpuMs: Math.max(0, after.busy - before.busy - measuredMs - ownMs),
    stealMs: after.steal - before.steal,
    cpus: os.availableParallelism(),
  };
}

// ---- report --------------------------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return {
    nproc: os.availableParallelism(),
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

function renderReport(data) {
  const { machine: m, manifest, throughput, startup, ngay, probe, options } = data;
  const byId = Object.fromEntries(throughput.map((t) => [t.id, t]));
  const floor = byId.floor;
  const lines = [];
  lines.push('# danvan validate benchmark', '');
  lines.push(
    `Machine: ${m.nproc} CPU (${m.cpu}), ${m.memoryGiB.toFixed(1)} GiB RAM, ${m.os}, Node ${m.node}.` +
      ` dist/ built ${data.distBuilt}${data.distRebuilt ? ' (**rebuilt during this run: the numbers mix two builds**)' : ''}. Peak RSS via ${options.rss === 'time' ? '`/usr/bin/time -v`' : 'process.resourceUsage() (preloaded hook)'}.`,
    '',
  );
  const communes = manifest.counts.xa + manifest.counts.phuong + manifest.counts['dac-khu'];
  lines.push(
    `Inbox: ${thousands(manifest.files)} files, ${(manifest.counts.bytes / 1024 / 1024).toFixed(1)} MB (seed ${manifest.seed}):` +
      ` ${thousands(manifest.registrations)} registrations (${thousands(communes)} communes, ${manifest.counts['so-nganh']} provincial agencies,` +
      ` ${manifest.provinces} provinces; ${(manifest.counts.models / manifest.registrations).toFixed(2)} models and` +
      ` ${(manifest.counts.people / manifest.registrations).toFixed(2)} people per file) + 1 registry of` +
      ` ${thousands(manifest.registryUnits)} units (${(manifest.registryBytes / 1024).toFixed(0)} KB).` +
      ` ${Object.keys(manifest.defects).length} files deliberately invalid.`,
    '',
  );
  lines.push(
    `## Throughput (wall time from spawn to exit, median of ${options.runs} interleaved runs, after one warm-up run each)`,
    '',
  );
  lines.push(
    '| Run | Files | Median | Runs (s) | Files/s | Peak RSS | CPU (user+sys) | vs floor (median) | vs floor (best) | vs floor (CPU) |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const t of throughput) {
    const cpu = t.cpuMedian === undefined ? 'n/a' : seconds(t.cpuMedian);
    const cpuRatio = t.cpuMedian === undefined ? 'n/a' : ratio(t.cpuMedian / floor.cpuMedian);
    lines.push(
      `| ${t.label} | ${thousands(t.files)} | ${seconds(t.median)} | ${t.runs.map((ms) => (ms / 1000).toFixed(2)).join(' / ')} |` +
        ` ${thousands(t.files / (t.median / 1000))} | ${megabytes(t.maxRssKb)} | ${cpu} | ${ratio(t.median / floor.median)} |` +
        ` ${ratio(t.best / floor.best)} | ${cpuRatio} |`,
    );
  }
  lines.push(
    '',
    '"best" is the fastest run of each; CPU is the median user+system time of the process and its threads.',
  );
  const n = data.noise;
  if (n) {
    const share = (ms) => `${((ms / (n.wallMs * n.cpus)) * 100).toFixed(1)}%`;
    lines.push(
      `Noise during the ${seconds(n.wallMs)} of timed runs (${n.cpus} CPUs): other processes used ${seconds(n.otherCpuMs)} of CPU` +
        ` (${share(n.otherCpuMs)} of the machine), the hypervisor stole ${seconds(n.stealMs)} (${share(n.stealMs)}).` +
        (n.otherCpuMs + n.stealMs > 0.1 * n.wallMs * n.cpus
          ? ' **The machine was busy: rerun on a quiet machine before trusting these numbers.**'
          : ''),
    );
  }
  if (floor.phases) {
    const p = floor.phases;
    lines.push(
      '',
      `Inside the floor (last run): module loading ${millis(p.load)}, schema compilation ${millis(p.compile)},` +
        ` file loop ${millis(p.files)} = reading ${millis(p.read)} + YAML.parse ${millis(p.parse)} + ajv ${millis(p.validate)}.`,
    );
  }
  lines.push(
    '',
    '## Start-up (wall time, no wrapper, median of ' + options.startupRuns + ' interleaved runs, 2 warm-ups)',
    '',
  );
  lines.push(`One small valid file: \`${startup.smallFile}\` (${startup.smallFileBytes} bytes).`, '');
  lines.push('| Command | Median | Best | Runs (ms) | Peak RSS | vs `node -e 0` |', '|---|---:|---:|---|---:|---:|');
  const bare = startup.results.find((r) => r.id === 'node');
  for (const r of startup.results) {
    lines.push(
      `| ${r.label} | ${millis(r.median)} | ${millis(Math.min(...r.runs))} | ${r.runs.map((ms) => ms.toFixed(0)).join(' ')} | ${megabytes(r.maxRssKb)} | ${ratio(r.median / bare.median)} |`,
    );
  }
  const one = startup.results.find((r) => r.id === 'validate-one');
  const targets = [
    {
      name: `validate within ${TARGET_THROUGHPUT}× of the floor`,
      limit: TARGET_THROUGHPUT,
      median: byId.danvan.median / floor.median,
      best: byId.danvan.best / floor.best,
    },
    {
      name: `one-file validate starts within ${TARGET_STARTUP}× of \`node -e 0\``,
      limit: TARGET_STARTUP,
      median: one.median / bare.median,
      best: Math.min(...one.runs) / Math.min(...bare.runs),
    },
  ];
  lines.push('', '## Targets (judged on the medians)', '', '| Target | Median ratio | Best-run ratio | Result |');
  lines.push('|---|---:|---:|---|');
  for (const t of targets) {
    const verdict = t.median <= t.limit ? 'met' : '**missed**';
    const borderline = t.median <= t.limit !== t.best <= t.limit ? ' (borderline: the best runs say otherwise)' : '';
    lines.push(`| ${t.name} | ${t.median.toFixed(3)}× | ${t.best.toFixed(3)}× | ${verdict}${borderline} |`);
  }
  lines.push('', '## Verdicts (same files, which ones each tool calls invalid)', '');
  lines.push('| Tool | Files checked | Invalid | Expected invalid | Agrees |', '|---|---:|---:|---:|---|');
  for (const t of throughput) {
    const a = t.agreement;
    const detail = a.agrees ? 'yes' : `**no** (missed ${a.missed.length}, extra ${a.extra.length})`;
    lines.push(`| ${t.id} | ${thousands(t.checked)} | ${a.invalid} | ${a.expected} | ${detail} |`);
  }
  lines.push(
    '',
    'danvan is expected to flag every deliberate defect, the unknown unit codes included (a cross-file rule).' +
      ' The floor and ajv-cli check the schema only; the floor also fails the registry against the dang-ky schema.' +
      ` ajv-cli also fails the ${manifest.unquotedIsoDates.length} files with an unquoted ISO date (\`ngay_gui: 2025-04-15\`):` +
      ' js-yaml 3 reads YAML 1.1, where that is a timestamp, not a string; conversely it accepts an unquoted' +
      ' `ma_don_vi: 07.0020` (a string in YAML 1.1, the number 7.002 in YAML 1.2).',
    '',
    '## ajv-cli notes',
    '',
    `- Formats: \`-c bench/ajv-cli-formats.cjs\` adds ajv-formats \`email\` and a CommonJS copy of danvan's \`ngay\` check` +
      ` (ajv-cli loads \`-c\` modules with require(), and dist/ is ESM). It agrees with danvan's ngay check (dist/formats.js) on` +
      ` ${thousands(ngay.samples)} sample strings${ngay.differ.length ? ` except ${ngay.differ.length}: ${ngay.differ.slice(0, 5).join(', ')}` : ''}.`,
    `- On the whole inbox (\`**/*.yaml\`) ajv-cli exits with code ${probe.code} after ${thousands(probe.processed)} of` +
      ` ${thousands(manifest.files)} files: at the file with the YAML syntax error it prints \`${probe.lastLine}\` and stops.` +
      ' The timed runs therefore leave out that file and the registry (another schema): ' +
      `${thousands(manifest.files - 2)} files.`,
  );
  return `${lines.join('\n')}\n`;
}

// ---- main ----------------------------------------------------------------------------------------------------

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`validate-bench.mjs: ${error.message}`);
  process.exit(2);
}
mkdirSync(RUNS_DIR, { recursive: true });
await waitForDist();
const distBuiltAtStart = distBuildTime();
const manifest = await ensureInbox(options.inbox);
const expected = expectations(manifest);
const list = contenders(options.inbox, manifest, expected);

const ngay = await checkNgayCopy();
if (ngay.differ.length) log(`warning: the ajv-cli ngay format differs from danvan on ${ngay.differ.length} strings`);
const probe = await probeAjvCliOnWholeInbox(
  list.find((c) => c.id === 'ajv-cli'),
  options.inbox,
);
log(`ajv-cli on the whole inbox: exit ${probe.code} after ${probe.processed} files (${probe.lastLine})`);

log('warm-up…');
for (const contender of list) await measure(contender);
const cpuBefore = cpuCounters();
const ownCpuBefore = process.cpuUsage();
const collected = Object.fromEntries(list.map((c) => [c.id, []]));
for (let i = 0; i < options.runs; i += 1) {
  for (const contender of list) {
    const run = await measure(contender, options.rss);
    collected[contender.id].push(run);
    log(`run ${i + 1}/${options.runs} ${contender.id}: ${seconds(run.ms)}, ${megabytes(run.maxRssKb)}`);
  }
}
const throughput = list.map((contender) => {
  const runs = collected[contender.id];
  const last = runs.at(-1);
  return {
    id: contender.id,
    label: contender.label,
    files: contender.files,
    runs: runs.map((r) => r.ms),
    median: median(runs.map((r) => r.ms)),
    best: Math.min(...runs.map((r) => r.ms)),
    cpuMedian: runs[0].cpuMs === undefined ? undefined : median(runs.map((r) => r.cpuMs)),
    maxRssKb: Math.max(...runs.map((r) => r.maxRssKb ?? 0)) || undefined,
    checked: last.checked,
    phases: last.phases,
    agreement: agreement(last.invalid, contender.expected),
  };
});

const timedNoise = noise(cpuBefore, cpuCounters(), Object.values(collected).flat(), process.cpuUsage(ownCpuBefore));

log('start-up…');
const startup = await measureStartup(options.inbox, manifest, options.startupRuns, options.rss);

const distBuilt = distBuildTime();
const data = {
  machine: machine(),
  distBuilt,
  distRebuilt: distBuilt !== distBuiltAtStart,
  options,
  manifest,
  throughput,
  noise: timedNoise,
  startup,
  ngay,
  probe,
};
const report = renderReport(data);
writeFileSync(join(OUT, 'validate-results.md'), report);
writeFileSync(join(OUT, 'validate-results.json'), `${JSON.stringify(data, null, 2)}\n`);
console.log(report);
log(
  `written: ${relative(ROOT, join(OUT, 'validate-results.md'))}, ${relative(ROOT, join(OUT, 'validate-results.json'))}`,
);
