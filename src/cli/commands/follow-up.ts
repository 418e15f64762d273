import type { Command } from 'commander';
import { needed, parseScore } from '../../workflow/record/common.js';
import { planFollowUp } from '../../workflow/record/closing.js';
import { dated, record, type DatedOptions } from '../record.js';
import type { Runner } from '../command.js';

interface FollowUpOptions extends DatedOptions {
  satisfaction?: string;
  quality?: string;
  timeliness?: string;
  service?: string;
  feedback?: string;
}

export function register(program: Command, run: Runner): void {
  dated(
    program
      .command('follow-up')
      .description('record the follow-up visit: follow_up.done, satisfaction, scores and feedback')
      .argument('<order>', 'order id or file')
      .option('--satisfaction <1-5>', 'overall satisfaction, 1 (poor) to 5 (excellent)')
      .option('--quality <1-5>', 'product quality (产品质量)')
      .option('--timeliness <1-5>', 'timeliness of delivery (交付时效)')
      .option('--service <1-5>', 'service (服务态度)')
      .option('--feedback <text>', "the customer's words"),
    false,
  )
    .addHelpText('after', '\nExamples:\n  gendan follow-up SO-2026-0104 --satisfaction 5 --quality 5 --timeliness 4 --service 5 --feedback 包装很好')
    .action((order: string, opts: FollowUpOptions, cmd: Command) =>
      run(cmd, (s) => {
        const score = (option: string, v: string | undefined) => (v === undefined ? undefined : parseScore(option, v));
        const req = {
          satisfaction: parseScore('--satisfaction', needed('--satisfaction', opts.satisfaction)),
          quality: score('--quality', opts.quality),
          timeliness: score('--timeliness', opts.timeliness),
          service: score('--service', opts.service),
          feedback: opts.feedback,
        };
        return record(s, order, opts, (o, ctx) => planFollowUp(o, req, ctx));
      }),
    );
}
