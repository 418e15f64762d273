// Running one command and measuring it: wall time (high resolution, around the spawn)
// and peak RSS (GNU time's %M, when /usr/bin/time is there).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : undefined;
const rssFile = join(tmpdir(), `gendan-bench-rss-${process.pid}`);

export const canMeasureRss = TIME !== undefined;

/**
 * Run `cmd args` in `cwd`; returns { ms, rssMiB, status, stdout, stderr, error }, where
 * `error` says why the command could not run to its end (not started, killed at `timeout` ms).
 */
export function run(cmd, args, { cwd, env, before, timeout } = {}) {
  if (before) before();
  const argv = TIME ? [TIME, ['-o', rssFile, '-f', '%M', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30, timeout, killSignal: 'SIGKILL' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssMiB;
  if (TIME && existsSync(rssFile)) {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    rssMiB = Number(lines[lines.length - 1]) / 1024;
    rmSync(rssFile, { force: true });
  }
  const error = r.error ? (r.error.code === 'ETIMEDOUT' ? `killed after ${Math.round(timeout / 1000)} s` : r.error.message) : r.signal ? `killed by ${r.signal}` : undefined;
  return { ms, rssMiB, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Run A and B in alternating pairs (A B, B A, A B, ...), so that drift in the machine's
 * load falls on both; returns the medians, the median of the per-pair ratios A/B and
 * the peak RSS of each.
 */
export function pairs(runs, a, b) {
  const ra = [];
  const rb = [];
  const ok = (r) => {
    if (r.error || r.status !== 0) throw new Error(r.error ?? `exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').pop()?.slice(0, 200) ?? ''}`);
    return r;
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      ra.push(ok(a()));
      rb.push(ok(b()));
    } else {
      rb.push(ok(b()));
      ra.push(ok(a()));
    }
  }
  const ratios = ra.map((r, i) => r.ms / rb[i].ms);
  const peak = (rs) => (rs.some((r) => r.rssMiB === undefined) ? undefined : Math.max(...rs.map((r) => r.rssMiB)));
  return {
    a: median(ra.map((r) => r.ms)),
    b: median(rb.map((r) => r.ms)),
    ratio: median(ratios),
    low: Math.min(...ratios),
    high: Math.max(...ratios),
    rssA: peak(ra),
    rssB: peak(rb),
  };
}
