// Tests that need a file the process really cannot read run gendan as an unprivileged user
// (root reads everything). That user must be able to reach the project: a checkout inside a
// private folder (mode 700) is out of its reach, and then those tests are skipped.
import { spawnSync } from 'node:child_process';
import { BIN } from '../helpers/cli.js';

export const NOBODY = 65534;

/** Why gendan cannot run as NOBODY here, or undefined when it can. */
export function nobodyCannotRun(): string | undefined {
  const r = spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1], require("fs").constants.R_OK)', BIN], {
    uid: NOBODY,
    gid: NOBODY,
    encoding: 'utf8',
  });
  if (r.error) return `cannot run a child process as uid ${NOBODY}: ${r.error.message}`;
  if (r.status !== 0) return `uid ${NOBODY} cannot read ${BIN} (a parent folder is private)`;
  return undefined;
}
