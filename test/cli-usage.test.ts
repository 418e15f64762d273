import { describe, expect, it } from 'vitest';
import { gendan } from './helpers/cli.js';

describe('usage', () => {
  it('help asked for exits 0', async () => {
    const r = await gendan(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: gendan');
  });

  it('a command group without its subcommand is a usage error (exit 2)', async () => {
    const r = await gendan(['report']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: gendan report');
  });

  it('an unknown command is one translated line, exit 2', async () => {
    const en = await gendan(['frobnicate']);
    expect(en.code).toBe(2);
    expect(en.stderr.trim().split('\n')).toHaveLength(1);
    const zh = await gendan(['frobnicate', '--lang', 'zh']);
    expect(zh.stderr).toContain('未知命令');
  });
});
