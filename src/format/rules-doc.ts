// docs/rules.md, made from the rules' own metadata (id, default severity, description in
// both languages) so that the reference cannot drift from the code. `npm run docs` writes
// it (scripts/rules-doc.mjs); a test fails when the committed file is stale.
import type { Rule } from '../rules/rule.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function rulesDoc(rules: readonly Rule[]): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Made by `npm run docs` from the rules in src/rules/; edit the rules, not this file. -->',
    '',
    'Every problem `gendan check` reports carries one of these rule ids. The severity is the',
    'default; `rules:` in `gendan.yaml` sets another (`error`, `warn` or `off`):',
    '',
    '```yaml',
    'rules:',
    '  id-filename: off',
    '  below-moq: error',
    '```',
    '',
    'Rules marked "catalog" are skipped, with one note, when no catalog is configured.',
    '',
    '| rule | default | fires when | 说明 |',
    '|---|---|---|---|',
  ];
  for (const r of rules) {
    const severity = r.severity === 'warn' ? 'warn' : 'error';
    const needs = r.needsCatalog ? ' (catalog)' : '';
    lines.push(`| \`${r.id}\` | ${severity}${needs} | ${cell(r.description.en)} | ${cell(r.description.zh)} |`);
  }
  lines.push('', 'Adding a rule: see [architecture.md](architecture.md#adding-a-rule).', '');
  return lines.join('\n');
}
