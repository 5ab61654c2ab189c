#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): where the time goes, by module and by function.
//
//   node --cpu-prof --cpu-prof-dir=bench/out/prof bin/danvan.js validate bench/out/inbox --format json > /dev/null
//   node bench/profile-summary.mjs bench/out/prof/CPU.*.cpuprofile [--top 25]
//
// "self" is time with the function itself on top of the stack; "total" also counts what it called
// (each sample counted once per function, so recursion does not inflate it). Modules are npm packages,
// danvan's own dist/ files, or node: internals.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** `yaml` for an npm package, `dist/io/load-yaml.js` for danvan's own code; with `file`, the file in the package. */
function moduleOf(url, file = false) {
  if (!url) return '(native/vm)';
  if (url.startsWith('node:')) return file ? url : 'node: internals';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (pkg) return file ? `${pkg[1]}/${pkg[2]}` : pkg[1];
  return path.startsWith(ROOT) ? relative(ROOT, path) : path;
}

export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${moduleOf(url, true)}:${lineNumber + 1}` : moduleOf(url);
    keyOf.set(node.id, { fn: `${functionName || '(anonymous)'} ${where}`, module: moduleOf(url) });
  }
  const selfFn = new Map();
  const selfModule = new Map();
  const totalFn = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    totalUs += us;
    const { fn, module } = keyOf.get(id);
    add(selfFn, fn, us);
    add(selfModule, module, us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf.get(at).fn;
      if (seen.has(key) || nodes.get(at).callFrame.functionName === '(root)') continue;
      seen.add(key);
      add(totalFn, key, us);
    }
  });
  const sorted = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return { totalUs, selfModule: sorted(selfModule), selfFn: sorted(selfFn), totalFn: sorted(totalFn) };
}

function table(title, rows, totalUs, top) {
  const lines = [`### ${title}`, '', '| ms | % | |', '|---:|---:|---|'];
  for (const [key, us] of rows.slice(0, top)) {
    lines.push(`| ${(us / 1000).toFixed(0)} | ${((us / totalUs) * 100).toFixed(1)} | \`${key}\` |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25;
  if (args.length !== 1) {
    console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  const result = summarise(JSON.parse(readFileSync(args[0], 'utf8')));
  console.log(`Profile: ${(result.totalUs / 1000).toFixed(0)} ms sampled\n`);
  console.log(table('Self time by module', result.selfModule, result.totalUs, top), '\n');
  console.log(table('Self time by function', result.selfFn, result.totalUs, top), '\n');
  console.log(table('Total (inclusive) time by function', result.totalFn, result.totalUs, top));
}
