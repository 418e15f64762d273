// `gendan board`: one self-contained HTML page of where all orders stand, for the sales
// manager and the boss — written to a file atomically (-o) or to stdout.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { createFile, replaceFile } from '../../edit/write.js';
import { boardHtml } from '../../format/board/page.js';
import { boardData } from '../../reports/board.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';
import { loadForReport, reportCommand, reportNotes, type ReportOptions } from './report.js';

const HELP = `
The page needs no server and no network: styles, charts (inline SVG) and a small
sorting script are all inside it. It prints on A4 and reads on a phone.

Examples:
  gendan board -o board.html
  gendan board --lang zh --today 2026-12-01 -o /srv/share/看板.html
  # every morning at 7:30 (crontab -e):
  30 7 * * 1-6  cd /srv/orders && gendan board -o /srv/share/board.html
`;

export function register(program: Command, run: Runner): void {
  reportCommand(program.command('board').description('write one self-contained HTML page: figures, pipeline, timeline, late and at-risk orders, on-time rate, receivables'), false)
    .option('-o, --output <file>', 'write the page to this file (atomically) instead of stdout')
    .addHelpText('after', HELP)
    .action((paths: string[], opts: ReportOptions & { output?: string }, cmd: Command) => run(cmd, (s) => runBoard(s, paths, opts)));
}

function runBoard(session: Session, paths: string[], opts: ReportOptions & { output?: string }): number {
  pickFormat(session, ['html'], 'html');
  const { ws, inputs, ctx } = loadForReport(session, paths, opts);
  const data = boardData(inputs, ctx);
  reportNotes(session);
  const html = boardHtml(data, { lang: session.lang, company: ws.config.company });
  if (opts.output === undefined) {
    session.io.stdout(html);
    return 0;
  }
  const file = session.resolve(opts.output);
  const bytes = Buffer.from(html, 'utf8');
  const shown = session.display(file);
  if (existsSync(file)) replaceFile(file, bytes, shown);
  else createFile(file, bytes, shown);
  if (session.io.stderrTTY) session.io.stderr(`${session.t('board/written', { file: shown, size: Math.ceil(bytes.length / 1024), orders: data.orders })}\n`);
  return 0;
}
