import type { Command } from 'commander';
import { oneOf } from '../../workflow/record/common.js';
import { DOC_KINDS, planDoc } from '../../workflow/record/closing.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  dated(program.command('doc').description('record a document of the order').argument('<order>', 'order id or file').argument('<kind>', DOC_KINDS.join(', ')).argument('<ref>', 'its number or reference'))
    .addHelpText('after', '\nExamples:\n  gendan doc SO-2026-0104 delivery_receipt QS-0104\n  gendan doc SO-2026-0107 bill_of_lading COSU6281934570')
    .action((order: string, kind: string, ref: string, opts: DatedOptions, cmd: Command) =>
      run(cmd, (s) => {
        const k = oneOf('<kind>', kind, DOC_KINDS);
        return record(s, order, opts, (o, ctx) => planDoc(o, { kind: k, ref, note: opts.note }, ctx));
      }),
    );
}
