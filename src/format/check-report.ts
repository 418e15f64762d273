// What `gendan check` reports, and the shape of a formatter of it (problems.ts, sarif.ts).
import type { Lang } from '../model/config.js';
import type { Msg, Problem } from '../model/problem.js';

export interface Summary {
  files: number;
  orders: number;
  errors: number;
  warnings: number;
}

export interface CheckReport {
  summary: Summary;
  problems: Problem[];
  notes: Msg[];
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Source text by displayed file name, for the quoted line under each problem. */
  sources: Map<string, string>;
}

export type ProblemFormatter = (report: CheckReport, opts: FormatOptions) => string;
