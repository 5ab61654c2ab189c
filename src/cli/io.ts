/** One question for an interactive prompt; `validate` returns true or the message to show. */
export interface Question {
  name: string;
  message: string;
  choices?: { name: string; value: string }[];
  default?: string;
  validate?: (value: string) => true | string;
  /** The prompt's key hints in the user's language, by inquirer's English action word (navigate, select). */
  keyHints?: Readonly<Record<string, string>>;
}

export type Prompter = (questions: readonly Question[]) => Promise<Record<string, string>>;

/** Everything the CLI needs from the process, injected so tests run `main()` in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** The local calendar date as YYYY-MM-DD, used only when neither --today nor DANVAN_TODAY is given. */
  systemDate: () => string;
  /** A monotonic clock in milliseconds, for elapsed times shown to the user (progress, summaries). */
  now: () => number;
  /** Asks on the terminal (inquirer); only `danvan init` uses it, and only on a TTY. */
  prompt: Prompter;
  /**
   * Calls `stop` when the user presses Ctrl-C (SIGINT) instead of ending the process at once, so a long run can finish
   * the files it is writing; returns the function that gives Ctrl-C back its default. Optional: without it, Ctrl-C
   * ends the process as usual.
   */
  onInterrupt?: (stop: () => void) => () => void;
}

/** The user pressed Ctrl-C at a prompt: not an error, the shell's convention is exit 130 (128 + SIGINT). */
export class PromptInterrupted extends Error {}

// inquirer rejects with ExitPromptError on Ctrl-C; the class is not exported from its entry point.
const isPromptExit = (error: unknown): boolean => error instanceof Error && error.name === 'ExitPromptError';

const keyHelp = (keys: readonly [string, string][], hints: Readonly<Record<string, string>> = {}): string =>
  keys.map(([key, action]) => `${key} ${hints[action] ?? action}`).join(' • ');

export function nodeIo(): Io {
  // "danvan dossier … | head -1" (or "2>&1 >/dev/null | true" for stderr): once the reader has gone, that stream is
  // no longer written, but the run goes on and writes every file (a closed pipe was an unhandled EPIPE with a stack
  // trace).
  const gone = { stdout: false, stderr: false };
  for (const name of ['stdout', 'stderr'] as const)
    process[name].on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      gone[name] = true;
    });
  return {
    stdout: (text) => {
      if (!gone.stdout) process.stdout.write(text);
    },
    stderr: (text) => {
      if (!gone.stderr) process.stderr.write(text);
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    prompt: async (questions) => {
      const { default: inquirer } = await import('inquirer'); // heavy: loaded only when a prompt is shown
      const answers: Record<string, string> = {};
      for (const q of questions) {
        const type = q.choices ? 'list' : 'input';
        const result = await inquirer
          .prompt<{ value: string }>([
            {
              type,
              name: 'value',
              message: q.message,
              choices: q.choices,
              default: q.default,
              validate: q.validate,
              theme: { style: { keysHelpTip: (keys: [string, string][]) => keyHelp(keys, q.keyHints) } },
            },
          ])
          .catch((error: unknown) => {
            throw isPromptExit(error) ? new PromptInterrupted() : error;
          });
        answers[q.name] = result.value;
      }
      return answers;
    },
    now: () => performance.now(),
    onInterrupt: (stop) => {
      process.once('SIGINT', stop);
      return () => process.off('SIGINT', stop);
    },
    systemDate: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
  };
}

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export const useColor = (io: Io): boolean => io.stdoutIsTTY && !io.env.NO_COLOR;
