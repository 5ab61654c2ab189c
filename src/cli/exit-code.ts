/** 0 clean (warnings allowed), 1 problems in the inputs, 2 usage or I/O error, 130 interrupted (Ctrl-C). */
export type ExitCode = 0 | 1 | 2 | 130;
