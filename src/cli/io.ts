/** Everything the CLI needs from the process, injected so tests run `main()` in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** The local calendar date as YYYY-MM-DD, used only when neither --today nor DANVAN_TODAY is given. */
  systemDate: () => string;
}

export function nodeIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    systemDate: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
  };
}

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export const useColor = (io: Io): boolean => io.stdoutIsTTY && !io.env.NO_COLOR;
