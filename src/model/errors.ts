import type { Msg } from './problem.js';

/** A problem the user can fix (bad flag, missing path, malformed config): exit 2, no stack. */
export class UserError extends Error {
  constructor(
    readonly msg: Msg,
    readonly exitCode = 2,
  ) {
    super(msg.id);
    this.name = 'UserError';
  }
}

export function userError(id: string, args?: Msg['args'], exitCode = 2): UserError {
  return new UserError({ id, args }, exitCode);
}
