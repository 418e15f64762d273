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
  /** The problems listed: at most a hundred per file; the summary counts them all. */
  problems: Problem[];
  notes: Msg[];
  /** Files with more problems than listed: how many more, and the most listed per file. */
  hidden?: { file: string; n: number }[];
  max?: number;
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Source text by displayed file name, for the quoted line under each problem. */
  sources: Map<string, string>;
}

export type ProblemFormatter = (report: CheckReport, opts: FormatOptions) => string;
