// The command tree. Each command lives in its own module under commands/ and registers
// itself here; only the CLI touches the process (through Io) and decides exit codes.
//
// A run imports only the command it runs (and what that command uses): loading every
// command would cost a one-order command more time than its work. Help, an unknown
// command or none at all loads them all, so that help lists them and typos get a hint.
import { Command, Option } from 'commander';
import type { Runner } from './command.js';
import type { Io } from './io.js';
import { localizeHelp } from './help.js';
import { pickLang } from '../i18n/i18n.js';
import { workspaceLang } from './session.js';

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
  confirm: () => import('./commands/confirm.js'),
  handoff: () => import('./commands/handoff.js'),
  plan: () => import('./commands/plan.js'),
  done: () => import('./commands/done.js'),
  stock: () => import('./commands/stock.js'),
  ship: () => import('./commands/ship.js'),
  deliver: () => import('./commands/deliver.js'),
  pay: () => import('./commands/pay.js'),
  issue: () => import('./commands/issue.js'),
  resolve: () => import('./commands/resolve.js'),
  'follow-up': () => import('./commands/follow-up.js'),
  doc: () => import('./commands/doc.js'),
  change: () => import('./commands/change.js'),
  message: () => import('./commands/message.js'),
  show: () => import('./commands/show.js'),
  list: () => import('./commands/list.js'),
  board: () => import('./commands/board.js'),
  import: () => import('./commands/import.js'),
  git: () => import('./commands/git.js'),
  'merge-driver': () => import('./commands/merge-driver.js'),
  completion: () => import('./commands/completion.js'),
  __complete: () => import('./commands/completion.js'),
  help: () => import('./commands/help.js'),
};

export { workspaceLang };

export async function buildProgram(run: Runner, version: string, io: Io, argv: string[]): Promise<Command> {
  const program = new Command('gendan')
    .description('跟单 — check, advance and report on sales orders kept as YAML files')
    .version(version, '-V, --version')
    .option('--today <date>', 'fix today (YYYY-MM-DD); also GENDAN_TODAY')
    .addOption(new Option('--lang <lang>', 'language of messages: zh or en; also GENDAN_LANG'))
    .option('--config <file>', 'use this gendan.yaml instead of searching for one')
    .option('--format <format>', 'output format (check: text, json, github, sarif; reports, list, today: table, markdown, json, csv, xlsx)')
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
  const names = name !== undefined && name !== 'help' && name !== '__complete' && Object.hasOwn(COMMANDS, name) ? [name] : Object.keys(COMMANDS).filter((n) => n !== '__complete' || name === '__complete');
  // One module may register two names (completion and __complete): register it once.
  for (const { register } of new Set(await Promise.all(names.map((n) => COMMANDS[n]!())))) register(program, run);
  localizeHelp(program, helpLang(argv, io));
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

/** The language of help: --lang, GENDAN_LANG, else the `lang:` of the workspace's gendan.yaml. */
function helpLang(argv: string[], io: Io): 'zh' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1];
  if (flag !== undefined || io.env.GENDAN_LANG !== undefined) return pickLang(flag, io.env.GENDAN_LANG);
  // Help is also shown when a command group (report, import, git) is named alone.
  const operands = argv.filter((a) => !a.startsWith('-'));
  const group = operands.length === 1 && ['report', 'import', 'git'].includes(operands[0]!);
  if (!argv.some((a) => a === '-h' || a === '--help' || a === 'help') && argv.length > 0 && !group) return 'en';
  return pickLang(workspaceLang(io));
}
