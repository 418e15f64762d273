// The command tree. Each command lives in its own module under commands/ and registers
// itself here; only the CLI touches the process (through Io) and decides exit codes.
import { Command, Option } from 'commander';
import type { Runner } from './command.js';
import type { Io } from './io.js';
import { register as check } from './commands/check.js';
import { register as report } from './commands/report.js';
import { register as today } from './commands/today.js';
import { register as advance } from './commands/advance.js';
import { register as tick } from './commands/tick.js';
import { register as log } from './commands/log.js';
import { register as newOrder } from './commands/new.js';
import { register as init } from './commands/init.js';
import { register as checklist } from './commands/checklist.js';
import { register as show } from './commands/show.js';
import { register as list } from './commands/list.js';

export const COMMANDS = [check, report, today, init, newOrder, checklist, advance, tick, log, show, list];

export function buildProgram(run: Runner, version: string, io: Io): Command {
  const program = new Command('gendan')
    .description('跟单 — check, advance and report on sales orders kept as YAML files')
    .version(version, '-V, --version')
    .option('--today <date>', 'fix today (YYYY-MM-DD); also GENDAN_TODAY')
    .addOption(new Option('--lang <lang>', 'language of messages: zh or en; also GENDAN_LANG'))
    .option('--config <file>', 'use this gendan.yaml instead of searching for one')
    .option('--format <format>', 'output format (check: text, json, github; reports: table, markdown, json, csv)')
    .option('--no-color', 'plain output without colours (also NO_COLOR)')
    .option('--debug', 'show the stack of internal errors (also GENDAN_DEBUG=1)')
    .showHelpAfterError(false)
    .allowExcessArguments(false)
    // Set before the commands are added: subcommands copy these when created.
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  for (const register of COMMANDS) register(program, run);
  return program;
}
