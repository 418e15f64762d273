// Formatters for `gendan check`: each a function from the check report to text.
import { Chalk } from 'chalk';
import type { Msg } from '../model/problem.js';
import { t } from '../i18n/i18n.js';
import { displayWidth } from '../util/width.js';
import { scalarAt } from '../util/scalar-text.js';
import { visible } from '../util/visible.js';
import { rules } from '../rules/index.js';
import { sarif } from './sarif.js';
import type { CheckReport, FormatOptions, ProblemFormatter, Summary } from './check-report.js';

export type { CheckReport, FormatOptions, ProblemFormatter, Summary };

/** One line per file with problems beyond those listed ("… and 262041 more problems"). */
export function hiddenLines(report: CheckReport, lang: FormatOptions['lang']): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of report.hidden ?? []) out.set(h.file, t(lang, 'check/hidden', { file: oneLine(h.file), n: h.n, max: report.max ?? h.n }));
  return out;
}

export const json: ProblemFormatter = (report, { lang }) => {
  const out: Record<string, unknown> = { summary: report.summary };
  // The fixed shape has no place for a count per file: files with problems beyond those
  // listed are named in `notes`; `summary` counts every problem.
  const notes = [...report.notes.map((n) => t(lang, n)), ...hiddenLines(report, lang).values()];
  if (notes.length > 0) out.notes = notes;
  out.problems = report.problems.map((p) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    severity: p.severity,
    rule: p.rule,
    ...(p.order !== undefined ? { order: p.order } : {}),
    message: t(lang, p.msg),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
};

/** GitHub Actions workflow commands: one annotation per problem. */
export const github: ProblemFormatter = (report, { lang }) => {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const hidden = [...hiddenLines(report, lang)].map(([file, line]) => `::notice file=${prop(file)}::${esc(line)}\n`);
  return report.problems
    .map((p) => `::${p.severity === 'error' ? 'error' : 'warning'} file=${prop(p.file)},line=${p.line},col=${p.column},title=${prop(p.rule)}::${esc(t(lang, p.msg))}\n`)
    .concat(hidden)
    .join('');
};

/** Control characters (a newline in a value or a file name) shown escaped: a problem is always one line. */
export const oneLine = visible;

/** Compiler style: file:line:column, severity, message [rule], then the line with the spot marked. */
export const text: ProblemFormatter = (report, { lang, color, sources }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  const split = new Map<string, string[]>();
  const hidden = hiddenLines(report, lang);
  const problems = report.problems;
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i]!;
    // After a file's last problem listed: how many more it has.
    const more = problems[i + 1]?.file !== p.file ? hidden.get(p.file) : undefined;
    if (more !== undefined) hidden.delete(p.file);
    const sev = p.severity === 'error' ? c.red.bold(t(lang, 'severity/error')) : c.yellow.bold(t(lang, 'severity/warning'));
    lines.push(`${c.bold(`${oneLine(p.file)}:${p.line}:${p.column}`)}: ${sev}: ${oneLine(t(lang, p.msg))} ${c.dim(`[${p.rule}]`)}`);
    const src = sources.get(p.file);
    if (src !== undefined) {
      let fileLines = split.get(p.file);
      if (!fileLines) split.set(p.file, (fileLines = src.split(/\r?\n/)));
      const line = fileLines[p.line - 1];
      if (line !== undefined && line.length <= 300) {
        // Tabs as spaces and control characters escaped, so that the mark stays under the spot.
        const shown = oneLine(line.replace(/\t/g, ' '));
        const gutter = String(p.line);
        const before = oneLine(line.slice(0, p.column - 1).replace(/\t/g, ' '));
        // The whole value as written: "22,080.00" and "2026-12-05 10:00" are one value.
        const token = oneLine(scalarAt(line, p.column) || (/^[^\s,{}[\]#]*/.exec(line.slice(p.column - 1))?.[0] ?? ''));
        const mark = `^${'~'.repeat(Math.max(0, displayWidth(token) - 1))}`;
        lines.push(`${c.dim(` ${gutter} |`)} ${shown}`);
        lines.push(`${c.dim(` ${' '.repeat(gutter.length)} |`)} ${' '.repeat(displayWidth(before))}${p.severity === 'error' ? c.red(mark) : c.yellow(mark)}`);
      }
    }
    if (more !== undefined) lines.push(c.dim(more));
  }
  for (const more of hidden.values()) lines.push(c.dim(more));
  const s = report.summary;
  const total = s.errors + s.warnings;
  if (lines.length > 0) lines.push('');
  const n = (what: string, count: number): Msg => ({ id: `count/${what}${count === 1 ? '' : 's'}`, args: { n: count } });
  const files = n('file', s.files);
  const orders = n('order', s.orders);
  const summary =
    total === 0
      ? t(lang, 'check/summary-clean', { files, orders })
      : t(lang, 'check/summary', { problems: n('problem', total), errors: n('error', s.errors), warnings: n('warning', s.warnings), files, orders });
  lines.push(total === 0 ? c.green(summary) : s.errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  return `${lines.join('\n')}\n`;
};

export const problemFormatters: Record<string, ProblemFormatter> = { text, json, github, sarif: sarif(rules) };
