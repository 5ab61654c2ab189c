/** Refusing to overwrite an existing output without --force (exit 2). Kept apart so the CLI need not load node:crypto. */
export class OutputExistsError extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}
