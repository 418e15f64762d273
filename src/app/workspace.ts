// What a run knows of its workspace and surroundings, as the application layer needs it.
// The CLI's Session provides both (cli/session.ts).
import type { Calendar } from '../calendar/calendar.js';
import type { Catalog } from '../model/catalog.js';
import type { Config } from '../model/config.js';
import type { Msg } from '../model/problem.js';

export interface Workspace {
  config: Config;
  catalog: Catalog;
  calendar: Calendar;
  notes: Msg[];
}

/** The current folder, the environment, and how a path is shown to the user. */
export interface Scope {
  io: { cwd: string; env: Record<string, string | undefined> };
  display(abs: string): string;
}
