// A short random hex tag for names a process makes next to a file (temporary files, the
// copy set aside, the lock's token). The names also carry the pid and are created
// exclusively, so the tag need only differ between calls, not resist guessing: Math.random
// spares an edit loading node:crypto (~6 ms).
export function tag(chars = 8): string {
  let out = '';
  while (out.length < chars) out += Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
  return out.slice(0, chars);
}
