/**
 * Why an output cannot be written where the user asked (exit 2, message chosen by the CLI). `outside`: a composed
 * name would leave its output folder; `is-input`: the output is one of the command's inputs.
 */
export type OutputProblem =
  'is-folder' | 'not-folder' | 'no-permission' | 'no-space' | 'is-input' | 'outside' | 'wrong-extension' | 'failed';

export class OutputError extends Error {
  constructor(
    readonly problem: OutputProblem,
    readonly path: string,
    /** The system's error code (ENOSPC…), for 'failed'; the expected extension, for 'wrong-extension'. */
    readonly detail = '',
    /** For 'is-folder': a file name the command would write, to suggest inside that folder. */
    readonly example = '',
  ) {
    super(`${problem}: ${path}${detail ? ` (${detail})` : ''}`);
  }
}

const PROBLEM_OF_CODE: Record<string, OutputProblem> = {
  EISDIR: 'is-folder',
  ENOTDIR: 'not-folder',
  EEXIST: 'not-folder', // mkdir of a folder whose name is taken by a file
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'no-permission',
  ENOSPC: 'no-space',
  EDQUOT: 'no-space',
};

/** A file-system error met while writing `path`, as an OutputError; anything else (a bug) is returned unchanged. */
export function outputErrorFrom(error: unknown, path: string): unknown {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error;
  return new OutputError(PROBLEM_OF_CODE[code] ?? 'failed', path, code);
}
