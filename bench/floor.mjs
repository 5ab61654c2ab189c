#!/usr/bin/env node
// The "floor" for the validate benchmark: the least work any validator of these files must do.
// Read each file, YAML.parse it, run ONE compiled ajv validator of the dang-ky schema (the same ajv
// options and formats as danvan's SchemaRegistry), keep nothing, report nothing but counts.
// Run as its own process by validate-bench.mjs so its time and memory are measured on their own.
//
//   node bench/floor.mjs <dir> [schema.json]
//
// Prints one JSON line: file counts, the invalid files and its own timings (ms): module loading, schema
// compilation, the file loop, and within the loop the time spent reading, parsing and validating.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const started = performance.now();
const [{ Ajv2020 }, { default: addFormatsPlugin }, YAML, { validationFormats }] = await Promise.all([
  import('ajv/dist/2020.js'),
  import('ajv-formats'),
  import('yaml'),
  // danvan's own `ngay` format (dist/formats.js, built with the CLI), so it costs the same here as in danvan.
  import('../dist/formats.js'),
]);
const loaded = performance.now();

const dir = process.argv[2];
const schemaPath = process.argv[3] ?? fileURLToPath(new URL('../schemas/dang-ky.schema.json', import.meta.url));
if (!dir) {
  console.error('usage: node bench/floor.mjs <dir> [schema.json]');
  process.exit(2);
}

const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
addFormatsPlugin.default(ajv, ['email']);
ajv.addFormat('ngay', validationFormats.ngay);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
const compiled = performance.now();

const files = readdirSync(dir, { recursive: true })
  .filter((file) => /\.ya?ml$/i.test(file))
  .sort();
const invalid = [];
let syntaxErrors = 0;
const phases = { read: 0, parse: 0, validate: 0 };
for (const file of files) {
  const t0 = performance.now();
  const text = readFileSync(join(dir, file), 'utf8');
  const t1 = performance.now();
  phases.read += t1 - t0;
  let data;
  try {
    data = YAML.parse(text);
  } catch {
    syntaxErrors += 1;
    invalid.push(file);
    continue;
  } finally {
    phases.parse += performance.now() - t1;
  }
  const t2 = performance.now();
  if (!validate(data)) invalid.push(file);
  phases.validate += performance.now() - t2;
}
const done = performance.now();

console.log(
  JSON.stringify({
    files: files.length,
    valid: files.length - invalid.length,
    invalid: invalid.length,
    syntaxErrors,
    invalidFiles: invalid,
    ms: { load: loaded - started, compile: compiled - loaded, files: done - compiled, ...phases },
  }),
);
