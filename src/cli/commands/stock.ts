import type { Command } from 'commander';
import { needed, oneOf } from '../../workflow/record/common.js';
import { planStock } from '../../workflow/record/production.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface StockOptions extends DatedOptions {
  quality?: string;
}

const QUALITY = ['ok', 'problem'];

export function register(program: Command, run: Runner): void {
  dated(program.command('stock').description('record the stock check (stock.checked, stock.quality_ok); a problem also opens a quality_defect issue').argument('<order>', 'order id or file').option('--quality <result>', 'ok or problem'))
    .addHelpText('after', '\nExamples:\n  gendan stock SO-2026-0110 --quality ok\n  gendan stock SO-2026-0110 --quality problem --note "两箱轴承锈蚀"   # the note is the issue\'s cause')
    .action((order: string, opts: StockOptions, cmd: Command) =>
      run(cmd, (s) => {
        const quality = oneOf('--quality', needed('--quality', opts.quality, QUALITY), QUALITY);
        return record(s, order, opts, (o, ctx) => planStock(o, { ok: quality === 'ok', note: opts.note }, ctx));
      }),
    );
}
