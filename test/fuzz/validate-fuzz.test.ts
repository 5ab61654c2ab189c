import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT } from '../helpers/run-cli.js';
import { mutatedFile, REMOVABLE_INVISIBLE } from './mutations.js';

// `npm test` runs a few hundred cases; bench/fuzz.sh sets DANVAN_FUZZ_RUNS for a long run.
const RUNS = Number(process.env.DANVAN_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.DANVAN_FUZZ_SEED ?? 20251215);

function seedFiles(): Uint8Array[] {
  const roots = [join(ROOT, 'examples'), join(ROOT, 'test/fixtures/valid-registration')];
  const files = roots.flatMap((root) =>
    (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(root, f)),
  );
  return files.slice(0, 40).map((file) => new Uint8Array(readFileSync(file)));
}

it('validate never throws, exits 0 or 1, and locates every diagnostic', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-fuzz-'));
  writeFileSync(
    join(dir, 'danh-muc-don-vi.yaml'),
    readFileSync(join(ROOT, 'test/fixtures/valid-registration/danh-muc-don-vi.yaml')),
  );
  try {
    await fc.assert(
      fc.asyncProperty(mutatedFile(seedFiles()), async (bytes) => {
        writeFileSync(join(dir, 'ho-so.yaml'), bytes);
        const io = fakeIo(dir);
        const code = await main(['validate', '.', '--format', 'json'], io);
        expect(io.err()).toBe('');
        expect([0, 1]).toContain(code);
        const report = JSON.parse(io.out()) as {
          diagnostics: { start: { line: number; column: number }; message: string }[];
        };
        for (const d of report.diagnostics) {
          expect(d.start.line).toBeGreaterThanOrEqual(1);
          expect(d.start.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);

interface Report {
  diagnostics: { ruleId: string; start: { line: number; column: number } }[];
}

it('removable invisible characters change nothing but their own notices', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-fuzz-invisible-'));
  writeFileSync(
    join(dir, 'danh-muc-don-vi.yaml'),
    readFileSync(join(ROOT, 'test/fixtures/valid-registration/danh-muc-don-vi.yaml')),
  );
  const validate = async (text: string): Promise<string[]> => {
    writeFileSync(join(dir, 'ho-so.yaml'), text);
    const io = fakeIo(dir);
    await main(['validate', '.', '--format', 'json'], io);
    expect(io.err()).toBe('');
    return (JSON.parse(io.out()) as Report).diagnostics
      .filter((d) => d.ruleId !== 'text/invisible-character')
      .map((d) => `${d.ruleId}@${d.start.line}:${d.start.column}`);
  };
  const texts = seedFiles().map((bytes) => new TextDecoder().decode(bytes));
  const insertion = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...REMOVABLE_INVISIBLE));
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...texts),
        fc.array(insertion, { minLength: 1, maxLength: 6 }),
        async (text, inserts) => {
          let mutated = text;
          for (const [ratio, char] of inserts) {
            // Never inside a CR LF pair: the seeds use LF only, so any position in the string is a character boundary.
            const k = Math.floor(ratio * (mutated.length + 1));
            mutated = mutated.slice(0, k) + char + mutated.slice(k);
          }
          expect(await validate(mutated)).toEqual(await validate(text));
        },
      ),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
