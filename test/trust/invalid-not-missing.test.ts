// Issue item 8: a value that is present but of the wrong type is not "missing", and the
// advice is never to move the status back.
import { describe, expect, it } from 'vitest';
import { fullOrder, run, ws } from '../workflow/fixture.js';

describe('present but invalid', () => {
  it('an unquoted phone: one schema problem, no state-incomplete, checklist says it is not valid', async () => {
    const order = fullOrder('confirmed').replace('phone: "+86 574 8888 1234"', 'phone: 13757706612');
    const dir = ws({ 'SO-1': order });
    const r = await run(dir, ['check', '--format', 'json', '--lang', 'zh']);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; message: string }[] }).problems;
    expect(problems.map((p) => p.rule)).toEqual(['schema']);
    expect(r.stdout).not.toContain('改回');
    const list = await run(dir, ['checklist', 'SO-1', '--format', 'json']);
    expect(list.code).toBe(0);
  });

  it('a numeric tracking number is named as invalid, not as missing', async () => {
    const order = fullOrder('ready').replace('tracking: "DP1"', 'tracking: 12345');
    const dir = ws({ 'SO-1': order });
    const r = await run(dir, ['checklist', 'SO-1']);
    expect(r.stdout).toContain('`shipments[0].tracking` is there but not valid: see the schema problem on line 28');
    expect(r.stdout).not.toContain('shipment 1 has no `tracking`');
    const shipped = ws({ 'SO-1': fullOrder('shipped').replace('tracking: "DP1"', 'tracking: 12345') });
    const c = await run(shipped, ['check', '--format', 'json']);
    expect((JSON.parse(c.stdout) as { problems: { rule: string }[] }).problems.map((p) => p.rule)).toEqual(['schema']);
  });
});
