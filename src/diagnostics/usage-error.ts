import type { UsageReason } from '../messages/usage.js';

/** "Cannot run as asked": a wrong path or option. Exit code 2, message chosen by the CLI in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly reason: UsageReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}
