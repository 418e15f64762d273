// `gendan completion bash|zsh|fish` prints a completion script; the script asks
// `gendan __complete N WORDS…` (WORDS: what follows `gendan` on the line, N: the index of
// the word being completed) for the candidates: commands, flags, the values of --status,
// --node, --channel, --format, --lang and --header, states after `advance ORDER`, and the
// order ids of the workspace where an order is expected.
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { userError } from '../../model/errors.js';
import { VOCAB } from '../../i18n/vocab.js';
import { foundFiles } from '../../app/load-orders.js';
import type { Session } from '../session.js';
import type { Runner } from '../command.js';

const SCRIPTS: Record<string, string> = {
  bash: `# gendan completion for bash: source it, or save it as /etc/bash_completion.d/gendan
_gendan() {
  local cur=\${COMP_WORDS[COMP_CWORD]}
  local IFS=$'\\n'
  COMPREPLY=( $(compgen -W "$(gendan __complete "$((COMP_CWORD - 1))" "\${COMP_WORDS[@]:1}" 2>/dev/null)" -- "$cur") )
}
complete -o default -F _gendan gendan
`,
  zsh: `#compdef gendan
# gendan completion for zsh: save it as _gendan in a folder of $fpath
_gendan() {
  local -a items
  items=("\${(@f)$(gendan __complete $((CURRENT - 2)) "\${(@)words[2,-1]}" 2>/dev/null)}")
  compadd -a items
}
compdef _gendan gendan
`,
  fish: `# gendan completion for fish: save it as ~/.config/fish/completions/gendan.fish
function __gendan_complete
  set -l words (commandline -opc)
  set -l cur (commandline -ct)
  gendan __complete (math (count $words) - 1) $words[2..-1] $cur 2>/dev/null
end
complete -c gendan -f -a '(__gendan_complete)'
`,
};

const ORDER_FIRST = new Set(['advance', 'tick', 'log', 'show', 'checklist']);

const VALUES: Record<string, () => string[]> = {
  '--status': () => [...Object.keys(VOCAB.state), 'open', ...Object.values(VOCAB.state).map((w) => w.zh)],
  '--node': () => [...Object.keys(VOCAB.node), ...Object.values(VOCAB.node).map((w) => w.zh)],
  '--channel': () => [...Object.keys(VOCAB.channel), ...Object.values(VOCAB.channel).map((w) => w.zh)],
  '--format': () => ['table', 'markdown', 'json', 'csv', 'xlsx', 'text', 'github', 'sarif'],
  '--lang': () => ['zh', 'en'],
  '--header': () => ['ids', 'names'],
};

export function register(program: Command, run: Runner): void {
  program
    .command('completion')
    .description('print a shell completion script: bash, zsh or fish')
    .argument('<shell>', 'shell: bash, zsh or fish')
    .action((shell: string, _opts: unknown, cmd: Command) =>
      run(cmd, (s) => {
        if (!Object.hasOwn(SCRIPTS, shell)) throw userError('completion/bad-shell', { shell });
        s.io.stdout(SCRIPTS[shell]!);
        return 0;
      }),
    );
  program
    .command('__complete', { hidden: true })
    .argument('<index>')
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action((index: string, words: string[], _opts: unknown, cmd: Command) => run(cmd, (s) => complete(cmd, s, Number(index), words)));
}

/** `root` is the __complete command: the program above it has every command (program.ts loads them all for it). */
function complete(root: Command, session: Session, index: number, words: string[]): number {
  let program = root;
  while (program.parent) program = program.parent;
  const before = words.slice(0, Math.max(0, index));
  const prev = before[before.length - 1];
  const cur = words[index] ?? '';
  const positional = before.filter((w, i) => !w.startsWith('-') && !(i > 0 && before[i - 1]!.startsWith('--') && VALUES[before[i - 1]!] !== undefined));
  let cmd: Command = program;
  for (const w of positional) {
    const sub = cmd.commands.find((c) => c.name() === w);
    if (!sub) break;
    cmd = sub;
  }
  const args = positional.slice(positional.indexOf(cmd.name()) + 1);
  const out: string[] = [];
  if (prev !== undefined && VALUES[prev]) out.push(...VALUES[prev]());
  else if (cur.startsWith('-')) {
    for (let c: Command | null = cmd; c; c = c.parent) for (const o of c.options) if (o.long) out.push(o.long);
  } else if (cmd.commands.length > 0) {
    out.push(...cmd.commands.filter((c) => c.name() !== '__complete').map((c) => c.name()));
  } else if (cmd.name() === 'completion') out.push(...Object.keys(SCRIPTS));
  else if (ORDER_FIRST.has(cmd.name()) && (args.length === 0 || cmd.name() === 'checklist')) out.push(...orderIds(session));
  else if (cmd.name() === 'advance' && args.length === 1) out.push(...VALUES['--status']!().filter((s) => s !== 'open'));
  session.io.stdout(out.length > 0 ? `${[...new Set(out)].join('\n')}\n` : '');
  return 0;
}

function orderIds(session: Session): string[] {
  try {
    const ws = session.workspace();
    const list = foundFiles(session, ws, []);
    return Array.from({ length: list.length }, (_, i) => list.get(i)[0]).map((p) => basename(p, extname(p))).sort();
  } catch {
    return [];
  }
}
