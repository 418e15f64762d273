// SARIF 2.1.0, for code-scanning dashboards: one run, the rules that fired, one result each.
// URIs are percent-encoded relative paths (spaces, %, Chinese names); columns count UTF-16
// code units, as JavaScript strings do; every rule has the full description and help that
// GitHub code scanning requires.
import { createRequire } from 'node:module';
import { t } from '../i18n/i18n.js';
import type { Rule } from '../rules/rule.js';
import type { ProblemFormatter } from './check-report.js';

/** A relative path as a URI reference: each segment percent-encoded, `/` between them. */
export function fileUri(path: string): string {
  return path.split(/[\\/]/).map((seg) => encodeURIComponent(seg)).join('/');
}

let version: string | undefined;
function toolVersion(): string {
  // Two levels under the package root, in dist/format/ and dist/bundle/ alike.
  version ??= (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  return version;
}

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
              version: toolVersion(),
              informationUri: 'https://gendan.dev',
              rules: used.map((r) => ({
                id: r.id,
                shortDescription: { text: r.description[lang].replace(/\.$/, '').split(/[.。:：]\s*/)[0]! },
                fullDescription: { text: r.description[lang] },
                help: { text: t(lang, 'sarif/help', { rule: r.id, description: r.description[lang] }) },
                defaultConfiguration: { level: r.severity === 'warn' ? 'warning' : 'error' },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results: report.problems.map((p) => ({
            ruleId: p.rule,
            ...(used.findIndex((r) => r.id === p.rule) >= 0 ? { ruleIndex: used.findIndex((r) => r.id === p.rule) } : {}),
            level: p.severity,
            message: { text: t(lang, p.msg) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: fileUri(p.file) },
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
