// The command tree. Each command lives in its own module under commands/ and registers
// itself here; only the CLI touches the process (through Io) and decides exit codes.
//
// A run imports only the command it runs (and what that command uses): loading every
// command would cost a one-order command more time than its work. Help, an unknown
// command or none at all loads them all, so that help lists them and typos get a hint.
import { Command, Option } from 'commander';
import type { Runner } from './command.js';
import type { Io } from './io.js';

type Register = (program: Command, run: Runner) => void;

/** In the order help lists them. */
const COMMANDS: Record<string, () => Promise<{ register: Register }>> = {
  check: () => import('./commands/check.js'),
  report: () => import('./commands/report.js'),
  today: () => import('./commands/today.js'),
  init: () => import('./commands/init.js'),
  new: () => import('./commands/new.js'),
  checklist: () => import('./commands/checklist.js'),
  advance: () => import('./commands/advance.js'),
  tick: () => import('./commands/tick.js'),
  log: () => import('./commands/log.js'),
  show: () => import('./commands/show.js'),
  list: () => import('./commands/list.js'),
};

export async function buildProgram(run: Runner, version: string, io: Io, argv: string[]): Promise<Command> {
  const program = new Command('gendan')
    .description('跟单 — check, advance and report on sales orders kept as YAML files')
    .version(version, '-V, --version')
    .option('--today <date>', 'fix today (YYYY-MM-DD); also GENDAN_TODAY')
    .addOption(new Option('--lang <lang>', 'language of messages: zh or en; also GENDAN_LANG'))
    .option('--config <file>', 'use this gendan.yaml instead of searching for one')
    .option('--format <format>', 'output format (check: text, json, github; reports: table, markdown, json, csv)')
    .option('-o, --output <file>', 'write the output to this file (atomically) instead of the screen')
    .option('--bom', 'start CSV with a UTF-8 byte-order mark, for Excel (also csv_bom: true in gendan.yaml)')
    .option('--header <kind>', 'CSV header row: ids (fixed column ids) or names (in the chosen language)')
    .option('--no-color', 'plain output without colours (also NO_COLOR)')
    .option('--debug', 'show the stack of internal errors (also GENDAN_DEBUG=1)')
    .showHelpAfterError(false)
    .allowExcessArguments(false)
    // Set before the commands are added: subcommands copy these when created.
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  const name = commandName(program, argv);
  const names = name !== undefined && Object.hasOwn(COMMANDS, name) ? [name] : Object.keys(COMMANDS);
  for (const { register } of await Promise.all(names.map((n) => COMMANDS[n]!()))) register(program, run);
  return program;
}

/** The command argv names, read as commander reads it: the first operand after the global options. */
function commandName(program: Command, argv: string[]): string | undefined {
  const takesValue = new Set<string>();
  for (const o of program.options) if (o.required || o.optional) for (const flag of [o.long, o.short]) if (flag) takesValue.add(flag);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (!arg.startsWith('-') || arg === '-') return arg;
    if (takesValue.has(arg)) i++;
  }
  return undefined;
}
