// SARIF 2.1.0, for code-scanning dashboards: one run, the rules that fired, one result each.
import { t } from '../i18n/i18n.js';
import type { Rule } from '../rules/rule.js';
import type { ProblemFormatter } from './check-report.js';

export function sarif(rules: Rule[]): ProblemFormatter {
  return (report, { lang }) => {
    const used = rules.filter((r) => report.problems.some((p) => p.rule === r.id));
    const doc = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'gendan',
              informationUri: 'https://gendan.dev',
              rules: used.map((r) => ({
                id: r.id,
                shortDescription: { text: r.description[lang] },
                defaultConfiguration: { level: r.severity === 'warn' ? 'warning' : 'error' },
              })),
            },
          },
          results: report.problems.map((p) => ({
            ruleId: p.rule,
            level: p.severity,
            message: { text: t(lang, p.msg) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: p.file.split('\\').join('/') },
                  region: { startLine: p.line, startColumn: p.column },
                },
              },
            ],
          })),
        },
      ],
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  };
}
