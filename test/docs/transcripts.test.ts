import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Docs show real runs as "$ danvan …" lines followed by their output (and "$ echo $?" with the exit code).
// This test re-runs every such command whose paths exist in the repository and compares; with
// DANVAN_REFRESH_DOCS=1 (npm run docs:refresh) it rewrites the outputs instead.
const DOCS = ['docs/loi-thuong-gap.md'];
const REFRESH = process.env.DANVAN_REFRESH_DOCS === '1';

interface Step {
  args: string[];
  quiet: boolean;
}

function runnable(command: string): Step | undefined {
  const match = /^\$ danvan (.*?)( > \/dev\/null)?$/.exec(command);
  if (!match?.[1]) return undefined;
  const args = match[1].split(' ');
  const paths = args.filter((arg) => arg.includes('/') || arg.endsWith('.yaml'));
  // Commands on files the page creates on the fly, or meant to fail on a missing path, are shown, not re-run.
  if (paths.some((path) => !existsSync(join(ROOT, path)))) return undefined;
  return { args, quiet: match[2] !== undefined };
}

function rerunBlock(lines: string[]): string[] {
  const out: string[] = [];
  let status: number | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const step = runnable(line);
    if (line === '$ echo $?' && status !== null) {
      out.push(line, String(status));
      i += 1; // the old exit code
      continue;
    }
    out.push(line);
    if (!step) continue;
    const result = runCli(step.args, ROOT, { DANVAN_TODAY: '2025-12-20' });
    status = result.status;
    while (i + 1 < lines.length && !(lines[i + 1] as string).startsWith('$ ')) i += 1; // drop the old output
    if (!step.quiet) out.push(...(result.stdout + result.stderr).replace(/\n$/, '').split('\n'));
  }
  return out;
}

it.each(DOCS)('%s shows real output', (doc) => {
  const path = join(ROOT, doc);
  const text = readFileSync(path, 'utf8');
  const fresh = text.replace(/```text\n([\s\S]*?)```/g, (block, body: string) =>
    body.startsWith('$ danvan')
      ? '```text\n' + rerunBlock(body.replace(/\n$/, '').split('\n')).join('\n') + '\n```'
      : block,
  );
  if (REFRESH) writeFileSync(path, fresh);
  expect(fresh).toBe(text);
});
