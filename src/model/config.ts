import type { Method } from './order.js';

export type RuleLevel = 'error' | 'warn' | 'off';
export type Lang = 'zh' | 'en';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface CalendarConfig {
  region: 'CN' | 'none';
  weekend: Weekday[];
  holidays: string[];
  workdays: string[];
}

export interface Config {
  /** Absolute path of gendan.yaml, or undefined when built-in defaults apply. */
  file?: string;
  /** Folder the config lives in (the workspace root); paths in it are relative to this. */
  root: string;
  company?: string;
  lang?: Lang;
  orders: string[];
  catalog: string;
  /** Whether gendan.yaml names the catalog (then a missing catalog is an error). */
  catalogNamed: boolean;
  calendar: CalendarConfig;
  logistics: Record<Method, number>;
  buffer_days: number;
  follow_up_days: number;
  at_risk_days: number;
  issue_days: number;
  /** Working days before an ETA that the arrival notice is owed. */
  arrival_notice_days: number;
  /** Days without a tracking event after which an undelivered shipment is at risk. */
  tracking_stale_days: number;
  /** Start CSV with a UTF-8 byte-order mark. */
  csv_bom: boolean;
  rules: Record<string, RuleLevel>;
}

export function defaultConfig(root: string): Config {
  return {
    root,
    orders: ['orders'],
    catalog: 'catalog.yaml',
    catalogNamed: false,
    calendar: { region: 'CN', weekend: ['sat', 'sun'], holidays: [], workdays: [] },
    logistics: { express: 2, truck: 4, sea: 25, air: 3, pickup: 0 },
    buffer_days: 1,
    follow_up_days: 7,
    at_risk_days: 3,
    issue_days: 3,
    arrival_notice_days: 1,
    tracking_stale_days: 2,
    csv_bom: false,
    rules: {},
  };
}
