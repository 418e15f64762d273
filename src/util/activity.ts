// What gendan is doing right now, for the one-line report of an internal error: the error
// boundary in cli/main.ts names it ("internal error while processing orders/x.yaml").
import type { Msg } from '../model/problem.js';

export const activity = { current: undefined as Msg | undefined };

/** Run `fn` while `what` is the current activity; the previous one is restored after. */
export function during<T>(what: Msg, fn: () => T): T {
  const before = activity.current;
  activity.current = what;
  const result = fn();
  // Left set when fn throws, so the boundary can name what failed.
  activity.current = before;
  return result;
}

export function processingFile(display: string): Msg {
  return { id: 'cli/doing-file', args: { file: display } };
}
