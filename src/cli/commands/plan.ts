import type { Command } from 'commander';
import { needed, parseDate } from '../../workflow/record/common.js';
import { milestoneName, planMilestone } from '../../workflow/record/production.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface PlanOptions extends DatedOptions {
  due?: string;
}

export function register(program: Command, run: Runner): void {
  dated(
    program
      .command('plan')
      .description('add a production milestone with its due date, or move its due date (recorded as an order change)')
      .argument('<order>', 'order id or file')
      .argument('<milestone>', 'milestone name, e.g. materials_ready, qc_passed or 装配完成')
      .option('--due <date>', 'the date it is due'),
  )
    .addHelpText('after', '\nExamples:\n  gendan plan SO-2026-0111 qc_passed --due 2026-12-10\n  gendan plan SO-2026-0109 machining_done --due 2026-12-03 --note "设备检修"   # moves it; --note is the reason')
    .action((order: string, milestone: string, opts: PlanOptions, cmd: Command) =>
      run(cmd, (s) => {
        const name = milestoneName(milestone);
        const due = parseDate('--due', needed('--due', opts.due));
        return record(s, order, opts, (o, ctx) => planMilestone(o, { name, due, note: opts.note }, ctx));
      }),
    );
}
