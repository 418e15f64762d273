// `gendan git setup`: make a git repository merge order files with gendan — the
// .gitattributes lines, the repository's merge.gendan.driver, a pre-commit hook — and
// nothing again when it is already so. `gendan git pre-commit` is what the hook runs.
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { createFile, replaceFile } from '../../edit/write.js';
import { discover } from '../../load/discover.js';
import { userError } from '../../model/errors.js';
import { attributesText, driverCommand, hookText, HOOK_MARK, orderPatterns } from '../git-files.js';
import { gendanCommand, git, gitTop, shellWord } from '../git.js';
import { runCheck } from './check.js';
import type { Session } from '../session.js';
import type { Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  const group = program
    .command('git')
    .description('share the order folder through git: set up the merge driver and the pre-commit check')
    .addHelpText(
      'after',
      `
Examples:
  gendan git setup            in a clone of the shared folder, once per clone
  git pull                    order files now merge entry by entry`,
    );
  group
    .command('setup')
    .description('write .gitattributes (merge=gendan for the order files), the merge.gendan.driver config and a pre-commit hook')
    .argument('[dir]', 'the workspace (default: the current folder)')
    .addHelpText(
      'after',
      `
Running it again changes nothing. Examples:
  gendan git setup
  gendan git setup ~/orders`,
    )
    .action((dir: string | undefined, _opts: unknown, cmd: Command) => run(cmd, (s) => runGitSetup(s, dir ?? '.')));
  group
    .command('pre-commit')
    .description('check the staged order files (what the pre-commit hook runs)')
    .addHelpText('after', '\nExample:\n  gendan git pre-commit')
    .action((_opts: unknown, cmd: Command) => run(cmd, (s) => runPreCommit(s)));
}

/** `keepLang`: for `gendan init`, which has spoken before the workspace's config existed. */
export function runGitSetup(session: Session, dirArg: string, keepLang = false): number {
  const dir = session.resolve(dirArg);
  const lang = session.lang;
  const ws = session.workspace(dirArg);
  if (keepLang) session.lang = lang;
  const root = ws.config.file ? dirname(ws.config.file) : dir;
  const top = gitTop(root);
  if (top === undefined) {
    git(['--version'], root); // no git at all says so
    throw userError('git/not-repo', { dir: session.display(root) });
  }
  const say = (id: string, args?: Record<string, string>) => session.io.stdout(`${session.t(id, args)}\n`);
  const gendan = gendanCommand(session.io.env);

  const attributes = join(root, '.gitattributes');
  const before = existsSync(attributes) ? readFileSync(attributes, 'utf8') : '';
  const patterns = orderPatterns(ws.config.orders);
  const after = attributesText(before, patterns);
  if (after === before) say('git/attributes-kept', { file: session.display(attributes) });
  else {
    writeText(attributes, after, session.display(attributes), before !== '' || existsSync(attributes));
    say('git/attributes-added', { file: session.display(attributes), patterns: patterns.join(', ') });
  }

  const driver = driverCommand(gendan);
  const current = git(['config', '--local', '--get', 'merge.gendan.driver'], top);
  if (current.code === 0 && current.stdout.trim() === driver) say('git/driver-kept');
  else {
    setConfig(top, 'merge.gendan.name', 'gendan: order files, entry by entry');
    setConfig(top, 'merge.gendan.driver', driver);
    say('git/driver-set', { command: driver });
  }

  const hooks = resolve(top, git(['rev-parse', '--git-path', 'hooks'], top).stdout.trim());
  const hook = join(hooks, 'pre-commit');
  const configArg = ws.config.file ? shellWord(relative(realpathSync(top), realpathSync(ws.config.file)).split(sep).join('/')) : undefined;
  const wanted = hookText(gendan, configArg === 'gendan.yaml' ? undefined : configArg);
  const shown = session.display(hook);
  const old = existsSync(hook) ? readFileSync(hook, 'utf8') : undefined;
  if (old === wanted) say('git/hook-kept', { file: shown });
  else if (old !== undefined && !old.includes(HOOK_MARK)) say('git/hook-foreign', { file: shown, command: wanted.trimEnd().split('\n').pop()!.replace(/^exec /, '') });
  else {
    mkdirSync(hooks, { recursive: true });
    writeText(hook, wanted, shown, old !== undefined);
    chmodSync(hook, 0o755);
    say('git/hook-written', { file: shown });
  }
  say('git/setup-next');
  return 0;
}

function setConfig(top: string, key: string, value: string): void {
  const r = git(['config', '--local', key, value], top);
  if (r.code !== 0) throw userError('git/failed', { command: 'git config', detail: r.stderr.trim() });
}

function writeText(path: string, text: string, shown: string, exists: boolean): void {
  const bytes = Buffer.from(text, 'utf8');
  if (exists) replaceFile(path, bytes, shown);
  else createFile(path, bytes, shown);
}

/** `gendan check` on the order files in the index (added, copied, modified or renamed). */
export function runPreCommit(session: Session): number {
  const top = gitTop(session.io.cwd);
  if (top === undefined) throw userError('git/not-repo', { dir: session.display(session.io.cwd) });
  const ws = session.workspace();
  const staged = git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'], top)
    .stdout.split('\0')
    .filter((n) => /\.ya?ml$/i.test(n))
    .map((n) => real(resolve(top, n)))
    .filter((p): p is string => p !== undefined);
  if (staged.length === 0) return 0;
  const exclude = new Set([ws.config.file, ws.catalog.file].filter((f): f is string => f !== undefined).map((f) => real(f) ?? f));
  const orders = new Set(discover(ws.config.orders, ws.config.root, { exclude }).filter((f) => !f.error).map((f) => f.real ?? real(f.path)));
  const files = staged.filter((p) => orders.has(p));
  if (files.length === 0) return 0;
  const code = runCheck(session, files, {});
  if (code !== 0) session.io.stderr(`${session.t('cli/error-prefix')}${session.t('git/commit-stopped')}\n`);
  return code;
}

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
