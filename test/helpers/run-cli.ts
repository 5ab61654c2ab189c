import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/danvan.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built binary the way an officer runs it, with a fixed date, no colour and Vietnamese messages. */
export function runCli(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DANVAN_TODAY: '2025-04-20', DANVAN_LANG: 'vi', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const transcript = (r: CliResult): string => `exit ${r.status}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
