// `gendan import orders | tracking | map`: bring in what other programs export — orders
// from the ERP's Excel or CSV, waybill states from the carrier's export.
import type { Command } from 'commander';
import { readGrid } from '../../app/import-read.js';
import { guessKind, starterMapping } from '../../import/starter.js';
import { userError } from '../../model/errors.js';
import { runImportOrders, type ImportOrdersOptions } from '../import-orders.js';
import { runImportTracking, type ImportTrackingOptions } from '../import-tracking.js';
import type { Session } from '../session.js';
import type { Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  const cmd = program.command('import').description("bring in orders from the ERP's Excel/CSV and waybill states from the carrier's export");
  cmd
    .command('orders')
    .description('create one order file per order in an .xlsx, .csv or .txt file (UTF-8 or GBK; , ; or tab)')
    .argument('<file>', 'the ERP export or Excel sheet')
    .option('--map <file>', 'mapping file: which column is which key (start one with `gendan import map`)')
    .option('--sheet <name>', 'the sheet of an .xlsx to read (default: the first)')
    .option('--dry-run', 'write nothing; print what would be created and every problem')
    .option('--update', 'change orders that already exist where the file differs (moved dates and quantities go to `changes`)')
    .addHelpText(
      'after',
      `
Examples:
  gendan import map 跟单表.xlsx > map.yaml          start a mapping, then correct it
  gendan import orders 跟单表.xlsx --map map.yaml --dry-run
  gendan import orders erp-export.csv --map map.yaml
  gendan import orders erp-export.csv --map map.yaml --update`,
    )
    .action((file: string, opts: ImportOrdersOptions, c: Command) => run(c, (s) => runImportOrders(s, file, opts)));
  cmd
    .command('tracking')
    .description("add the carrier's tracking events to the shipments with those waybill numbers")
    .argument('<file>', "the carrier's or tracking site's export (.xlsx, .csv, .txt)")
    .option('--map <file>', 'mapping file (columns: 运单号: tracking, 状态: status, 更新时间: at, 物流信息: text)')
    .option('--sheet <name>', 'the sheet of an .xlsx to read (default: the first)')
    .option('--dry-run', 'write nothing; print what would be added')
    .addHelpText(
      'after',
      `
Examples:
  gendan import tracking 快递100导出.xlsx
  gendan import tracking deppon-2026-12-01.csv --map carrier-map.yaml`,
    )
    .action((file: string, opts: ImportTrackingOptions, c: Command) => run(c, (s) => runImportTracking(s, file, opts)));
  cmd
    .command('map')
    .description('print a starter mapping guessed from the file\'s headers, to correct and pass as --map')
    .argument('<file>', 'the file to import')
    .option('--for <kind>', 'orders or tracking (default: guessed from the headers)')
    .option('--sheet <name>', 'the sheet of an .xlsx to read (default: the first)')
    .addHelpText(
      'after',
      `
Examples:
  gendan import map 跟单表.xlsx > map.yaml
  gendan import map 快递导出.csv --for tracking > carrier-map.yaml`,
    )
    .action((file: string, opts: { for?: string; sheet?: string }, c: Command) => run(c, (s) => runMap(s, file, opts)));
}

async function runMap(session: Session, file: string, opts: { for?: string; sheet?: string }): Promise<number> {
  if (opts.for !== undefined && opts.for !== 'orders' && opts.for !== 'tracking') throw userError('import/bad-kind', { kind: opts.for });
  const path = session.resolve(file);
  const grid = await readGrid(path, session.display(path), opts.sheet);
  const kind = opts.for ?? guessKind(grid);
  const command = kind === 'orders' ? 'orders' : 'tracking';
  session.io.stdout(
    starterMapping(grid, kind, {
      head: session.t('import/map-head', { file, command }),
      keys: (list) => session.t('import/map-keys', { list }),
      unknownColumn: session.t('import/map-unknown-column'),
      unknownValue: session.t('import/map-unknown-value'),
      dates: session.t('import/map-dates-comment'),
    }),
  );
  return 0;
}
