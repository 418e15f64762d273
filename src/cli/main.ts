// Entry point: run the command tree on argv and return the exit code. User errors become
// one clear line (exit 2); anything unexpected is a bug, reported in one line (exit 2),
// with the stack only under --debug or GENDAN_DEBUG=1.
import { readFileSync } from 'node:fs';
import { CommanderError, type Command } from 'commander';
import { UserError } from '../model/errors.js';
import type { Msg } from '../model/problem.js';
import { hasMessage, pickLang, t } from '../i18n/i18n.js';
import { registerAll } from '../i18n/all.js';
import { processIo, type Io } from './io.js';
import { buildProgram, workspaceLang } from './program.js';
import { Session } from './session.js';
import { OutputFile } from './output.js';
import { globals } from './command.js';
import { activity } from '../util/activity.js';


function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** What was being done when a crash happened, for the one-line bug report. */
export { activity };

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  registerAll();
  activity.current = undefined;
  const debug = argv.includes('--debug') || io.env.GENDAN_DEBUG === '1';
  let lang = pickLang(argFor(argv, '--lang'), io.env.GENDAN_LANG);
  let code = 0;
  /** Whether the session already took the language from the workspace's gendan.yaml. */
  let sessionLang = false;
  const run = async (cmd: Command, body: (s: Session) => number | Promise<number>) => {
    const opts = globals(cmd);
    const output = opts.output !== undefined ? new OutputFile(io.cwd, opts.output) : undefined;
    const session = new Session(output ? output.wrap(io) : io, opts, output);
    lang = session.lang;
    sessionLang = session.langFromWorkspace;
    try {
      code = await body(session);
      output?.commit(session.display(output.path));
    } finally {
      lang = session.lang;
      sessionLang = session.langFromWorkspace;
    }
  };
  try {
    const program = await buildProgram(run, version(), io, argv);
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    // An error found before the workspace was read is told in the workspace's `lang:` too.
    if (!sessionLang && argFor(argv, '--lang') === undefined && io.env.GENDAN_LANG === undefined) lang = workspaceLang(io, argFor(argv, '--config')) ?? lang;
    const say = (msg: Msg) => io.stderr(`${t(lang, 'cli/error-prefix')}${t(lang, msg)}\n`);
    if (e instanceof UserError) {
      say(e.msg);
      return e.exitCode;
    }
    if (e instanceof CommanderError) {
      // Help asked for is success; help shown because a subcommand is missing is a usage error.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.help') return e.exitCode === 0 ? 0 : 2;
      say(commanderMessage(e, argv));
      return 2;
    }
    const err = e as Error | undefined;
    say({ id: 'cli/crash', args: { doing: activity.current ?? { id: 'cli/doing-run' }, detail: oneLine(err?.message ?? String(e)) } });
    if (debug) io.stderr(`${err?.stack ?? String(e)}\n`);
    return 2;
  }
}

/** The crash report stays one line, whatever the error's message holds. */
function oneLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function argFor(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i]!.startsWith(`${name}=`)) return argv[i]!.slice(name.length + 1);
  }
  return undefined;
}

/** commander's English errors, translated by kind; the detail it names is kept. */
function commanderMessage(e: CommanderError, argv: string[]): Msg {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const command = argv.find((a) => !a.startsWith('-')) ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return { id: 'cli/unknown-option', args: { option: quoted, command } };
    case 'commander.unknownCommand':
      return { id: 'cli/unknown-command', args: { name: quoted } };
    case 'commander.missingArgument':
      return { id: 'cli/missing-argument', args: { name: hasMessage(`cli/arg/${quoted}`) ? { id: `cli/arg/${quoted}` } : quoted, command } };
    case 'commander.optionMissingArgument':
      return { id: 'cli/missing-option-value', args: { option: quoted } };
    case 'commander.excessArguments':
      return { id: 'cli/excess-arguments', args: { command } };
    case 'commander.invalidArgument':
      return { id: 'cli/invalid-argument', args: { detail: e.message.replace(/^error: /, '') } };
    case 'commander.missingMandatoryOptionValue':
      return { id: 'cli/missing-option', args: { option: quoted, command } };
    case 'commander.conflictingOption':
      return { id: 'cli/conflicting-option', args: { command } };
    default:
      return { id: 'cli/usage', args: { detail: e.message.replace(/^error: /, '') } };
  }
}
