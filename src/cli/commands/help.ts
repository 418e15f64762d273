// `gendan help [command|topic]`: a command's help, or a topic — rules, states, formats.
import type { Command } from 'commander';
import { userError } from '../../model/errors.js';
import type { Lang } from '../../model/config.js';
import { rules } from '../../rules/index.js';
import { VOCAB, joinList } from '../../i18n/vocab.js';
import { STATE_TABLE } from '../../workflow/states.js';
import { displayWidth, padEnd } from '../../util/width.js';
import type { Runner } from '../command.js';

const TOPICS: Record<string, (lang: Lang) => string> = {
  rules: (lang) => {
    const w = Math.max(...rules.map((r) => r.id.length));
    const sev = (s: string) => (lang === 'zh' ? ({ error: '错误', warn: '警告', off: '关闭' }[s] ?? s) : s);
    const head = lang === 'zh' ? '规则（可在 gendan.yaml 的 rules: 下设为 error、warn 或 off）：' : 'Rules (set each to error, warn or off under rules: in gendan.yaml):';
    return [head, ...rules.map((r) => `  ${r.id.padEnd(w)}  ${padEnd(sev(r.severity), 5)}  ${r.description[lang]}`)].join('\n');
  },
  states: (lang) => {
    const rows = Object.values(STATE_TABLE).map((s) => [s.id, s.name.zh, s.next ? `→ ${s.next}` : '', joinList(VOCAB.state[s.id]!.also ?? [], lang)]);
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i]!))));
    const head =
      lang === 'zh'
        ? '状态（命令行中可写英文 id、中文名或括号中的别名）：'
        : 'States (on the command line: the id, the Chinese name or a synonym in brackets):';
    const foot =
      lang === 'zh'
        ? '暂停（on_hold）可从任何未完结状态进入，再次 advance 时回到原状态；取消（cancelled）须在签收前，并需 --reason。'
        : 'on_hold can be entered from any open state and returns to the state it left; cancelled only before delivered, with --reason.';
    return [head, ...rows.map((r) => `  ${padEnd(r[0]!, w[0]!)}  ${padEnd(r[1]!, w[1]!)}  ${padEnd(r[2]!, w[2]!)}  ${r[3] ? `(${r[3]})` : ''}`.trimEnd()), '', foot].join('\n');
  },
  formats: (lang) =>
    lang === 'zh'
      ? [
          '输出格式（--format）：',
          '  check                    text（默认）、json、github（GitHub 注释）、sarif（SARIF 2.1.0）',
          '  list、report、today     table（默认）、markdown、json、csv、xlsx（须加 -o 文件）',
          '',
          '  -o 文件                  把任何格式写入文件（原子写入）',
          '  --bom                    CSV 以 UTF-8 BOM 开头，Excel 双击即可正确打开（或 gendan.yaml 设 csv_bom: true）',
          '  --header ids|names       CSV 表头用固定英文 id 或当前语言（中文界面默认用中文）',
          '',
          'JSON 和 CSV 中的状态、类型等取值始终是固定的英文 id；以 = + - @ 开头的文字前加 \' 以免被 Excel 当作公式。',
          '详见 docs/formats.md。',
        ].join('\n')
      : [
          'Output formats (--format):',
          '  check                    text (default), json, github (annotations), sarif (SARIF 2.1.0)',
          '  list, report, today      table (default), markdown, json, csv, xlsx (needs -o FILE)',
          '',
          '  -o FILE                  write any format to FILE, atomically',
          '  --bom                    start CSV with a UTF-8 byte-order mark for Excel (or csv_bom: true in gendan.yaml)',
          '  --header ids|names       CSV header of fixed ids or in the chosen language (the default under zh)',
          '',
          "Values in JSON and CSV (states, kinds) are always the fixed ids; text starting with = + - @ gets a leading ' so Excel never runs it.",
          'See docs/formats.md.',
        ].join('\n'),
};

export const HELP_TOPICS = Object.keys(TOPICS);

export function register(program: Command, run: Runner): void {
  program.helpCommand(false);
  program
    .command('help')
    .description('help on a command or a topic: rules, states, formats')
    .argument('[topic...]', 'a command, or a topic: rules, states, formats')
    .action((topic: string[], _opts: unknown, cmd: Command) =>
      run(cmd, (s) => {
        const [first] = topic;
        if (first === undefined) {
          program.outputHelp();
          return 0;
        }
        if (Object.hasOwn(TOPICS, first)) {
          s.io.stdout(`${TOPICS[first]!(s.lang)}\n`);
          return 0;
        }
        let target: Command | undefined = program;
        for (const name of topic) target = target?.commands.find((c) => c.name() === name);
        if (!target) throw userError('help/bad-topic', { topic: topic.join(' '), allowed: joinList([...program.commands.map((c) => c.name()).filter((n) => n !== 'help' && !n.startsWith('__')), ...HELP_TOPICS], s.lang) });
        target.outputHelp();
        return 0;
      }),
    );
}
