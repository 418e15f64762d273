// The state of one run: language, today, colour, and — on demand — the workspace
// (config, catalog, calendar). Built from the global options once, at the edge.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Calendar } from '../calendar/calendar.js';
import { localToday } from '../calendar/dates.js';
import { parseDateInput } from '../calendar/parse-date.js';
import type { Config, Lang } from '../model/config.js';
import { userError } from '../model/errors.js';
import type { Msg } from '../model/problem.js';
import { pickLang, t } from '../i18n/i18n.js';
import { isTimestamp } from '../workflow/clock.js';
import { findConfig, loadCatalog, loadConfig } from '../load/workspace.js';
import type { Io } from './io.js';
import type { OutputFile } from './output.js';
import type { Workspace } from '../app/workspace.js';

export interface GlobalOptions {
  today?: string;
  lang?: string;
  config?: string;
  format?: string;
  color?: boolean;
  debug?: boolean;
  output?: string;
  bom?: boolean;
  header?: string;
}

export type { Workspace };

export class Session {
  lang: Lang;
  /** Set once the language came from the workspace's `lang:`. */
  langFromWorkspace = false;
  readonly today: string;
  readonly color: boolean;
  private ws: Workspace | undefined;

  constructor(
    readonly io: Io,
    readonly opts: GlobalOptions,
    /** Where `-o FILE` sends the output, if given. */
    readonly output?: OutputFile,
  ) {
    if (opts.lang !== undefined && opts.lang !== 'zh' && opts.lang !== 'en') throw userError('cli/bad-lang', { lang: opts.lang });
    // Without --lang or GENDAN_LANG, the workspace's `lang:` speaks from the first word (usage errors, init, import map).
    this.lang = pickLang(opts.lang, io.env.GENDAN_LANG, opts.lang === undefined && io.env.GENDAN_LANG === undefined ? workspaceLang(io, opts.config) : undefined);
    const envNow = io.env.GENDAN_NOW;
    if (envNow !== undefined && !isTimestamp(envNow)) throw userError('cli/bad-now', { value: envNow });
    // GENDAN_NOW alone fixes today too: the date it says, in its own offset.
    const nowDay = envNow?.slice(0, 10);
    if (io.env.GENDAN_TODAY !== undefined && nowDay !== undefined && parseDateInput(io.env.GENDAN_TODAY) !== nowDay) {
      throw userError('cli/now-today-disagree', { today: io.env.GENDAN_TODAY, now: envNow! });
    }
    const typed = opts.today ?? io.env.GENDAN_TODAY;
    const today = typed === undefined ? nowDay : parseDateInput(typed);
    if (typed !== undefined && today === undefined) throw userError('input/bad-date', { option: opts.today !== undefined ? '--today' : 'GENDAN_TODAY', value: typed });
    this.today = today ?? localToday();
    const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
    this.color = opts.color !== false && !noColor && (io.stdoutTTY || Boolean(io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0'));
  }

  /** Path as shown to the user: relative to the current folder. */
  display = (abs: string): string => {
    // Paths as the file walk makes them (absolute, no `.` or empty parts) are cut, not
    // given to path.relative (which resolves both paths again: ~4% of a cold check): a
    // slice under the current folder; elsewhere, the folder's relative path (worked out
    // once per folder) and the name.
    const cwd = this.io.cwd;
    if (!abs.includes(`${sep}.`) && !abs.includes(`${sep}${sep}`) && !abs.endsWith(sep) && isAbsolute(abs)) {
      if (abs.length > cwd.length + 1 && abs.startsWith(cwd) && abs[cwd.length] === sep) return abs.slice(cwd.length + 1);
      const cut = abs.lastIndexOf(sep);
      // Not for the current folder or one above it: their relative path has no name in it.
      if (cut > 0 && !`${cwd}${sep}`.startsWith(`${abs}${sep}`)) {
        const dir = abs.slice(0, cut);
        let rel = this.folders.get(dir);
        if (rel === undefined) {
          if (this.folders.size >= 10_000) this.folders.clear();
          this.folders.set(dir, (rel = relative(cwd, dir)));
        }
        return rel === '' ? abs.slice(cut + 1) : `${rel}${sep}${abs.slice(cut + 1)}`;
      }
    }
    const rel = relative(cwd, abs);
    return rel === '' ? '.' : rel;
  };

  /** Folders outside the current one, and their paths relative to it (display). */
  private readonly folders = new Map<string, string>();

  resolve(p: string): string {
    return resolve(this.io.cwd, p);
  }

  /** Load the workspace found from `start` (first path argument) or --config. */
  workspace(start?: string): Workspace {
    if (this.ws) return this.ws;
    const explicit = this.opts.config;
    const file = explicit ? this.resolve(explicit) : findConfig(this.resolve(start ?? '.'));
    let config: Config;
    try {
      config = loadConfig(file, this.io.cwd, this.display);
    } catch (e) {
      // A broken gendan.yaml is told in the language it asks for, when that much can be read.
      if (file && this.opts.lang === undefined && this.io.env.GENDAN_LANG === undefined) {
        try {
          const lang = /^lang:\s*['"]?(zh|en)\b/m.exec(readFileSync(file, 'utf8'))?.[1];
          if (lang === 'zh' || lang === 'en') this.lang = lang;
        } catch {
          // unreadable: the error says so
        }
      }
      throw e;
    }
    if (this.opts.lang === undefined && this.io.env.GENDAN_LANG === undefined && config.lang) {
      this.lang = config.lang;
      this.langFromWorkspace = true;
    }
    const { catalog, notes } = loadCatalog(config, this.display);
    const calendar = new Calendar(config.calendar);
    this.ws = { config, catalog, calendar, notes: [...notes] };
    return this.ws;
  }

  /** Workspace notes plus the calendar's years without data, each said once. */
  notes(): Msg[] {
    if (!this.ws) return [];
    const notes = [...this.ws.notes];
    const years = [...this.ws.calendar.missingYears].sort();
    if (years.length > 0) notes.push({ id: 'note/no-calendar-data', args: { region: this.ws.config.calendar.region, years: years.join(', ') } });
    return notes;
  }

  /** Bytes of a binary format (xlsx): only into a file named with -o. */
  needsFile(format: string): OutputFile {
    if (!this.output) throw userError('output/needs-file', { format });
    return this.output;
  }

  /** Terminal width to fit tables to; undefined when stdout is not a terminal. */
  get columns(): number | undefined {
    const env = Number(this.io.env.COLUMNS);
    if (this.io.columns !== undefined) return this.io.columns;
    return this.io.stdoutTTY && env > 0 ? env : undefined;
  }

  /** CSV options: a byte-order mark (--bom or csv_bom: true), headers in the reader's language unless --header ids. */
  csvOptions(): { bom: boolean; header: 'ids' | 'names' } {
    const h = this.opts.header;
    if (h !== undefined && h !== 'ids' && h !== 'names') throw userError('output/bad-header', { value: h });
    return { bom: this.opts.bom === true || this.ws?.config.csv_bom === true, header: h === 'ids' ? 'ids' : h === 'names' ? 'names' : this.lang === 'zh' ? 'names' : 'ids' };
  }

  /** What every formatter takes: language, colour (tables only), CSV options, terminal width. */
  formatOptions(format: string) {
    return { lang: this.lang, color: this.color && (format === 'table' || format === 'text'), csv: this.csvOptions(), width: this.columns };
  }

  t(msg: Msg | string, args?: Msg['args']): string {
    return t(this.lang, msg, args);
  }
}

/** The `lang:` of the workspace's gendan.yaml (or of --config), read without loading it; undefined when none says. */
export function workspaceLang(io: Pick<Io, 'cwd'>, config?: string): 'zh' | 'en' | undefined {
  try {
    const file = config !== undefined ? resolve(io.cwd, config) : findConfig(io.cwd);
    const lang = file ? /^lang:\s*['"]?(zh|en)\b/m.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
    return lang === 'zh' || lang === 'en' ? lang : undefined;
  } catch {
    return undefined;
  }
}
