// What two threads can give on this machine, whatever danvan does: the ceiling for issue 11's "two workers ≥ 1.7× one".
//
// The same fixed work, once in one thread, then twice at once (two worker threads in one process, and two processes),
// in two kinds: pure arithmetic (no allocation) and allocation-heavy (short-lived objects, as drawing PDFs makes).
// Throughput of two is 2 × (time of one) / (time of two). Usage: node bench/scaling-ceiling.mjs [--runs 2]
import { spawn } from 'node:child_process';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { cpus } from 'node:os';

const compute = () => {
  let x = 0;
  for (let i = 0; i < 4e8; i++) x = (x * 31 + i) % 1000003;
  return x;
};
const allocate = () => {
  let keep = [];
  let x = 0;
  for (let i = 0; i < 2.5e7; i++) {
    const o = { i, s: 'k' + (i % 977), pair: [i, i + 1] };
    x += o.pair[1];
    if (i % 7 === 0) keep.push(o);
    if (keep.length > 200_000) keep = [];
  }
  return x;
};
const WORK = { compute, allocate };

if (!isMainThread) {
  parentPort.postMessage(WORK[workerData]());
} else if (process.argv[2] === '--child') {
  WORK[process.argv[3]]();
} else {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 2;
  const seconds = async (start) => {
    const t0 = performance.now();
    await start();
    return (performance.now() - t0) / 1000;
  };
  const inWorker = (kind) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: kind });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const inProcess = (kind) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [new URL(import.meta.url).pathname, '--child', kind], { stdio: 'inherit' });
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${cpus().length} cores, ${cpus()[0]?.model ?? ''}; median of ${runs} runs`);
  console.log('| work | one thread | two workers (one process) | two processes |');
  console.log('|---|---:|---:|---:|');
  for (const kind of ['compute', 'allocate']) {
    const one = [];
    const threads = [];
    const processes = [];
    for (let r = 0; r < runs; r += 1) {
      one.push(await seconds(() => inWorker(kind)));
      threads.push(await seconds(() => Promise.all([inWorker(kind), inWorker(kind)])));
      processes.push(await seconds(() => Promise.all([inProcess(kind), inProcess(kind)])));
    }
    const base = median(one);
    const ratio = (xs) => `${median(xs).toFixed(2)} s (${((2 * base) / median(xs)).toFixed(2)}×)`;
    console.log(`| ${kind} | ${base.toFixed(2)} s (1.00×) | ${ratio(threads)} | ${ratio(processes)} |`);
  }
}
