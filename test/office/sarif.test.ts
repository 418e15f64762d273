// SARIF from examples/broken plus files named with spaces, % and Chinese validates with the
// SARIF 2.1.0 schema; URIs are percent-encoded; the text format keeps a problem on one line.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, gendan, tempDir } from '../helpers/cli.js';
import { cpSync } from 'node:fs';

const load = createRequire(import.meta.url);
const Ajv = load('ajv').default as typeof import('ajv').default;
const addFormats = load('ajv-formats').default as typeof import('ajv-formats').default;

function validator() {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** A copy of the examples; its broken workspace's folder (its config names ../catalog.yaml). */
function brokenCopy(): string {
  const root = tempDir();
  cpSync(EXAMPLES, root, { recursive: true, filter: (src) => !src.includes('.gendan-cache') });
  return join(root, 'broken');
}

function broken(): string {
  const dir = brokenCopy();
  const orders = join(dir, 'orders');
  const any = readFileSync(join(EXAMPLES, 'orders', 'SO-2026-0109.yaml'), 'utf8');
  writeFileSync(join(orders, '订单 100% 新.yaml'), any.replace('quantity: 500', 'quantity: many'));
  copyFileSync(join(EXAMPLES, 'orders', 'SO-2026-0110.yaml'), join(orders, 'a b#c.yaml'));
  return dir;
}

describe('sarif', () => {
  it('validates with the SARIF 2.1.0 schema, in zh and en', async () => {
    const dir = broken();
    const validate = validator();
    for (const lang of ['en', 'zh']) {
      const r = await gendan(['check', '--format', 'sarif', '--lang', lang, '--today', '2026-12-01'], { cwd: dir });
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      const ok = validate(doc);
      expect(validate.errors ?? [], lang).toEqual([]);
      expect(ok).toBe(true);
      const run = doc.runs[0];
      expect(run.columnKind).toBe('utf16CodeUnits');
      expect(run.tool.driver.version).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version);
      for (const rule of run.tool.driver.rules) {
        expect(rule.fullDescription.text.length).toBeGreaterThan(10);
        expect(rule.help.text).toContain('gendan help rules');
      }
      const uris: string[] = run.results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri);
      expect(uris).toContain('orders/%E8%AE%A2%E5%8D%95%20100%25%20%E6%96%B0.yaml');
      expect(uris).toContain('orders/a%20b%23c.yaml');
      for (const u of uris) {
        expect(u).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/);
        expect(() => decodeURIComponent(u)).not.toThrow();
      }
    }
  });
});

describe('text format', () => {
  it('escapes control characters in file names and values: each problem is one line', async () => {
    const dir = brokenCopy();
    const any = readFileSync(join(EXAMPLES, 'orders', 'SO-2026-0109.yaml'), 'utf8');
    writeFileSync(join(dir, 'orders', 'bad\nname.yaml'), any.replace('unit: pcs', 'unit: "p\\u001b[31mcs\\nx"'));
    const r = await gendan(['check', 'orders/bad\nname.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const head = r.stdout.split('\n').filter((l) => /:\d+:\d+: /.test(l));
    expect(head.length).toBeGreaterThan(0);
    for (const l of head) expect(l.startsWith('orders/bad\\nname.yaml:')).toBe(true);
    expect(r.stdout).not.toContain('\u001b');
  });
});
