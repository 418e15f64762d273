// Problems are plain data. A message is an id plus arguments, translated at the edge.

export type Severity = 'error' | 'warning';

export interface Msg {
  id: string;
  /**
   * Arguments for the placeholders; a Msg argument is translated in turn, a list of words
   * is joined the language's way (`a、b` in Chinese, `a, b` in English).
   */
  args?: Record<string, string | number | Msg | readonly string[]>;
}

/** A path into the order data, e.g. ['lines', 0, 'unit']. */
export type DataPath = (string | number)[];

/**
 * Where a problem points. `value`: at the value under `path`; `key`: at the key that holds
 * it (for a missing key, pass the path of the mapping that should hold it).
 */
export type Where =
  | { path: DataPath; at: 'value' | 'key' }
  | { offset: number }
  | { line: number; column: number };

export interface Finding {
  rule: string;
  where: Where;
  msg: Msg;
}

export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  order?: string;
  msg: Msg;
}
