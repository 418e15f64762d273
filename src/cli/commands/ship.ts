import type { Command } from 'commander';
import { parseDate } from '../../workflow/record/common.js';
import { parseItems, planShip } from '../../workflow/record/ship.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface ShipOptions extends DatedOptions {
  carrier?: string;
  tracking?: string;
  eta?: string;
  vessel?: string;
  items?: string;
}

export function register(program: Command, run: Runner): void {
  dated(
    program
      .command('ship')
      .description('record a shipment (shipped on the date); without --items it carries all that remains')
      .argument('<order>', 'order id or file')
      .option('--carrier <name>', 'carrier (default: the designated delivery.carrier); not needed for pickup')
      .option('--tracking <number>', 'tracking or waybill number; not needed for pickup')
      .option('--eta <date>', "expected arrival (default: the date + the method's transit days)")
      .option('--vessel <text>', 'vessel / voyage, for sea freight')
      .option('--items <list>', 'what it carried: MODEL=QTY[UNIT],… (unit right after the number; none = the model\'s unit)'),
  )
    .addHelpText('after', '\nExamples:\n  gendan ship SO-2026-0108 --tracking DB20261201001\n  gendan ship SO-2026-0108 --carrier 顺丰速运 --tracking SF1234567890 --items XK-200=4box,LX4=20')
    .action((order: string, opts: ShipOptions, cmd: Command) =>
      run(cmd, (s) => {
        const eta = opts.eta === undefined ? undefined : parseDate('--eta', opts.eta);
        const items = opts.items === undefined ? undefined : parseItems('--items', opts.items);
        const req = { carrier: opts.carrier, tracking: opts.tracking, eta, vessel: opts.vessel, items, note: opts.note };
        return record(s, order, opts, (o, ctx) => planShip(o, req, ctx));
      }),
    );
}
