import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { userError } from '../../model/errors.js';
import { dirname, join, relative } from 'node:path';
import type { Command } from 'commander';
import { Calendar } from '../../calendar/calendar.js';
import { addDays } from '../../calendar/dates.js';
import { schemaFile } from '../../load/schemas.js';
import { defaultConfig } from '../../model/config.js';
import { createFile } from '../../edit/write.js';
import { catalogText, configText, exampleOrderText, gitignoreText, SCHEMA_NAMES, vscodeSettings } from '../../workflow/workspace-template.js';
import type { Session } from '../session.js';
import { sessionNow } from '../order-ref.js';
import { gitTop } from '../git.js';
import { runGitSetup } from './git.js';
import type { Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  program
    .command('init')
    .description('create a workspace: gendan.yaml, catalog.yaml, orders/ with an example, schemas and editor settings')
    .argument('[dir]', 'folder to create it in (default: the current folder)')
    .action((dir: string | undefined, _opts: unknown, cmd: Command) => run(cmd, (s) => runInit(s, dir ?? '.')));
}

/** A delivery date the example order can meet: earliest feasible (lead 15 + buffer 1 + truck 4) plus two weeks. */
function exampleRequested(today: string): string {
  const config = defaultConfig('.');
  const cal = new Calendar(config.calendar);
  const ship = cal.addWorkdays(cal.addWorkdays(today, 15), config.buffer_days);
  return addDays(ship, config.logistics.truck + 14);
}

export function runInit(session: Session, dirArg: string): number {
  const root = session.resolve(dirArg);
  let isFolder = true;
  try {
    isFolder = statSync(root).isDirectory();
  } catch {
    // does not exist yet: made below
  }
  if (!isFolder) throw userError('init/not-folder', { dir: session.display(root) });
  const id = `SO-${session.today.slice(0, 4)}-0001`;
  // Schemas are copied in, so the workspace is complete on its own: editors and the
  // modeline `../schemas/order.schema.json` find them without knowing where gendan lives.
  const files: [string, () => string][] = [
    ['gendan.yaml', configText],
    ['catalog.yaml', catalogText],
    ...SCHEMA_NAMES.map((n): [string, () => string] => [`schemas/${n}.schema.json`, () => readFileSync(schemaFile(n), 'utf8')]),
    [`orders/${id}.yaml`, () => exampleOrderText(id, '../schemas/order.schema.json', session.today, exampleRequested(session.today), sessionNow(session))],
    ['.vscode/settings.json', vscodeSettings],
    ['.gitignore', gitignoreText],
  ];
  const existed = existsSync(join(root, 'gendan.yaml'));
  for (const [name, text] of files) {
    const path = join(root, name);
    const shown = session.display(path);
    if (existsSync(path) || (existed && name.startsWith('orders/'))) {
      session.io.stdout(`${session.t('init/kept', { file: shown })}\n`);
      continue;
    }
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      throw userError(code === 'ENAMETOOLONG' ? 'init/name-too-long' : 'init/cannot-create', { dir: session.display(dirname(path)), code });
    }
    createFile(path, Buffer.from(text(), 'utf8'), shown);
    session.io.stdout(`${session.t('init/created', { file: shown })}\n`);
  }
  // In a git repository, order files merge with gendan from the first commit on.
  if (gitTop(root) !== undefined) runGitSetup(session, root, true);
  const cd = relative(session.io.cwd, root);
  session.io.stdout(`${session.t('init/next', { cd: cd === '' ? '' : `cd ${cd} && `, id })}\n`);
  return 0;
}

