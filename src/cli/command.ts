// Helpers shared by the commands: running one with a session, and checking option values.
import type { Command } from 'commander';
import { userError } from '../model/errors.js';
import type { GlobalOptions, Session } from './session.js';

/** Runs a command body with the session built from the global options; returns the exit code. */
export type Runner = (cmd: Command, body: (session: Session) => number | Promise<number>) => Promise<void>;

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

export function pickFormat(session: Session, allowed: string[], fallback: string): string {
  const format = session.opts.format ?? fallback;
  if (!allowed.includes(format)) throw userError('cli/bad-format', { format, allowed: { id: 'vocab/names', args: { zh: allowed.join('、'), en: allowed.join(', ') } } });
  return format;
}

export function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw userError('cli/bad-number', { option, value });
  return Number(value);
}
