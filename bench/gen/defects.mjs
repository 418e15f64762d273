// Planted defects: each breaks one rule in a way a clerk might, so that a benchmark can
// also time the path that reports problems with their line and column.

export const DEFECTS = {
  'unknown-model': (o) => void (o.lines[0].model = `${o.lines[0].model}X`),
  'unit-mismatch': (o) => void (o.lines[0].unit = 'crate'),
  'unknown-key': (o, text) => text.replace('\n  email:', '\n  emial:'),
  'bad-date': (o) => void (o.ordered = `${o.ordered.slice(0, 4)}-02-30`),
  'bad-enum': (o) => void (o.delivery.method = 'truk'),
  'unquoted-phone': (o, text) => text.replace(/\n {2}phone: "\+86 (\d+) (\d+) (\d+)"/, '\n  phone: 86$1$2$3'),
  'duplicate-key': (o, text) => text.replace(/\nsales: (.*)\n/, '\nsales: $1\nsales: $1\n'),
  tab: (o, text) => text.replace('\n  name:', '\n\tname:'),
  'missing-name': (o, text) => text.replace(/\n {2}name: .*\n/, '\n'),
  'id-filename': () => undefined,
};

/**
 * Apply a defect: on the order data before rendering (`when` = 'data'), or on the text
 * after it. Returns the new text, if the defect is one on the text.
 */
export function plant(name, order, text) {
  const fn = DEFECTS[name];
  if (text === undefined) return fn.length === 1 ? fn(order) : undefined;
  return fn.length === 2 ? fn(order, text) : text;
}
