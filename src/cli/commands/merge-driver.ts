// `gendan merge-driver %O %A %B %P`: git's merge-driver protocol for order files. The
// result goes to <ours>; exit 0 merged, 1 a conflict left between markers. What the
// order-aware merge cannot take (src/merge/) goes to git's own line merge, so nothing is
// ever dropped or silently picked.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { Calendar } from '../../calendar/calendar.js';
import { replaceFile } from '../../edit/write.js';
import { parseData } from '../../load/parse.js';
import { markerBlock } from '../../load/conflict-markers.js';
import { UserError, userError } from '../../model/errors.js';
import { defaultConfig } from '../../model/config.js';
import { mergeOrderTexts, type Labels } from '../../merge/merge.js';
import type { ChecklistContext } from '../../workflow/checklist.js';
import { checkErrors } from '../../app/check-passes.js';
import { git } from '../git.js';
import type { Session } from '../session.js';
import type { Runner } from '../command.js';

const BOM = '\uFEFF';
const LABELS: Labels = { ours: 'ours', theirs: 'theirs' };

export function register(program: Command, run: Runner): void {
  program
    .command('merge-driver')
    .description("git merge driver for order files: both sides' new entries kept, one-sided changes taken, real conflicts marked")
    .argument('<base>', 'the common ancestor (git: %O)')
    .argument('<ours>', 'our version; the result is written here (git: %A)')
    .argument('<theirs>', 'their version (git: %B)')
    .argument('[path]', 'the file’s path in the repository (git: %P), to find the workspace')
    .addHelpText(
      'after',
      `
Set up by \`gendan git setup\` (and \`gendan init\` in a git repository); git then runs it.
Examples:
  git config merge.gendan.driver "gendan merge-driver %O %A %B %P"
  echo "orders/**/*.yaml merge=gendan" >> .gitattributes
  gendan merge-driver base.yaml ours.yaml theirs.yaml orders/SO-2026-0142.yaml`,
    )
    .action((base: string, ours: string, theirs: string, path: string | undefined, _opts: unknown, cmd: Command) =>
      run(cmd, (s) => runMergeDriver(s, base, ours, theirs, path)),
    );
}

export function runMergeDriver(session: Session, baseArg: string, oursArg: string, theirsArg: string, pathArg?: string): number {
  const [basePath, oursPath, theirsPath] = [baseArg, oursArg, theirsArg].map((p) => session.resolve(p)) as [string, string, string];
  const shown = pathArg ?? session.display(oursPath);
  const [base, ours, theirs] = [basePath, oursPath, theirsPath].map((p) => readText(p, session.display(p))) as [Text, Text, Text];
  if (base.text !== undefined && ours.text !== undefined && theirs.text !== undefined) {
    const outcome = mergeOrderTexts(base.text, ours.text, theirs.text, () => checklistContext(session, pathArg), LABELS);
    if (outcome.kind === 'merged') {
      write(oursPath, ours.bom + outcome.text, shown);
      return 0;
    }
    if (outcome.kind === 'conflict') {
      write(oursPath, ours.bom + outcome.text, shown);
      const fields = outcome.conflicts.map((c) => `${c.path.join('.')} (${String(c.ours)} / ${String(c.theirs)})`).join(', ');
      session.io.stderr(`${session.t('cli/error-prefix')}${session.t('merge/conflict', { file: shown, fields })}\n`);
      return 1;
    }
    // Why not entry by entry: for whoever debugs a merge (internal words, English only).
    if (session.opts.debug || session.io.env.GENDAN_DEBUG === '1') session.io.stderr(`gendan: ${shown}: line merge: ${outcome.reason}\n`);
  }
  return lineMerge(session, basePath, oursPath, theirsPath, shown, ours);
}

interface Text {
  text?: string;
  bom: string;
}

function readText(path: string, shown = path): Text {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw userError('merge/unreadable', { file: shown, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.startsWith(BOM) ? { text: text.slice(1), bom: BOM } : { text, bom: '' };
  } catch {
    return { bom: '' };
  }
}

/** What the workflow's checklists need to judge a state: the workspace around the file, else the defaults. */
function checklistContext(session: Session, path: string | undefined): ChecklistContext {
  try {
    const ws = session.workspace(path === undefined ? undefined : dirname(path));
    return { config: ws.config, catalog: ws.catalog, calendar: ws.calendar, today: session.today, checker: checkErrors };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const config = defaultConfig(session.io.cwd);
    return { config, catalog: { products: new Map() }, calendar: new Calendar(config.calendar), today: session.today, checker: checkErrors };
  }
}

/** git's own line merge, with markers; a clean result that is no longer YAML becomes one whole-file conflict. */
function lineMerge(session: Session, base: string, ours: string, theirs: string, shown: string, oursText: Text): number {
  const r = git(['merge-file', '-p', '-L', LABELS.ours, '-L', 'base', '-L', LABELS.theirs, ours, base, theirs], session.io.cwd);
  if (r.code < 0 || r.code > 127) throw userError('git/failed', { command: 'git merge-file', detail: r.stderr.trim() });
  let merged = r.stdout;
  let conflict = r.code > 0;
  if (!conflict && !parsesAsMapping(merged)) {
    const theirsText = readText(theirs).text ?? '';
    const lines = (s: string) => s.replace(/\n$/, '').split('\n');
    merged = `${markerBlock(lines(oursText.text ?? ''), lines(theirsText), LABELS).join('\n')}\n`;
    conflict = true;
  }
  write(ours, merged, shown);
  if (!conflict) return 0;
  session.io.stderr(`${session.t('cli/error-prefix')}${session.t('merge/line-conflict', { file: shown })}\n`);
  return 1;
}

function parsesAsMapping(text: string): boolean {
  const t = text.startsWith(BOM) ? text.slice(1) : text;
  const parsed = parseData(t);
  return parsed.findings.length === 0 && parsed.data !== null && typeof parsed.data === 'object' && !Array.isArray(parsed.data);
}

function write(path: string, text: string, shown: string): void {
  replaceFile(path, Buffer.from(text, 'utf8'), shown);
}
