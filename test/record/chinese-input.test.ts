// The recording commands take Chinese names and the dates a Chinese office types, as the
// other commands do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExamples, gendan } from '../helpers/cli.js';

describe('recording in Chinese', () => {
  it('confirm takes 电话 and a date typed 2027年1月8日', async () => {
    const dir = copyExamples();
    await gendan(['new', '--id', 'SO-2026-0200', '--customer', '恒达机械', '--today', '2026-12-08'], { cwd: dir });
    const r = await gendan(['confirm', 'SO-2026-0200', '--channel', '电话', '--promised', '2027年1月8日', '--today', '2026/12/8'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'orders/SO-2026-0200.yaml'), 'utf8');
    expect(text).toMatch(/channel: phone/);
    expect(text).toMatch(/promised: 2027-01-08/);
  });

  it('issue takes 货损 as its kind, and an unknown name is still refused with exit 2', async () => {
    const dir = copyExamples();
    const ok = await gendan(['issue', 'SO-2026-0108', '--kind', '货损', '--cause', '外箱破损', '--today', '2026-12-08'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'orders/SO-2026-0108.yaml'), 'utf8')).toMatch(/kind: damage/);
    const bad = await gendan(['issue', 'SO-2026-0108', '--kind', '天气', '--cause', 'x', '--today', '2026-12-08'], { cwd: dir });
    expect(bad.code).toBe(2);
  });
});
