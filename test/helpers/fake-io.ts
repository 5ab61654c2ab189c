import type { Io, Prompter } from '../../src/cli/io.js';

export interface CapturedIo extends Io {
  out: () => string;
  err: () => string;
}

/** An Io that records what main() writes, for in-process CLI tests. */
export function fakeIo(cwd: string, env: Record<string, string> = {}, tty = false, prompt?: Prompter): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd,
    env: { DANVAN_TODAY: '2025-04-20', ...env },
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    stdinIsTTY: tty,
    systemDate: () => '2025-04-20',
    now: () => 0,
    prompt:
      prompt ??
      (() => {
        throw new Error('no prompt expected in this test');
      }),
    out: () => out,
    err: () => err,
  };
}
