// A list of messages shown as one: "a; b; c" (zh "a；b；c"), at most `max` of them.
import type { Msg } from '../model/problem.js';

export function joinMsgs(msgs: Msg[], max = 5): Msg {
  const shown = msgs.slice(0, max);
  let out: Msg = msgs.length > max ? { id: 'wf/and-more', args: { first: shown.pop()!, count: msgs.length - max } } : shown.pop()!;
  while (shown.length > 0) out = { id: 'wf/join', args: { a: shown.pop()!, b: out } };
  return out;
}
