// Order texts from the benchmark's generator, for tests that compare the two parse paths.
import { buildOrder } from '../../bench/gen/order.mjs';
import { catalog } from '../../bench/gen/catalog.mjs';
import { renderOrder } from '../../bench/gen/render.mjs';
import { DEFECTS, plant } from '../../bench/gen/defects.mjs';
import { rng, toDays } from '../../bench/gen/random.mjs';

export function generatedOrders({ count, seed, quoteDates = false, defects = 0 }: { count: number; seed: number; quoteDates?: boolean; defects?: number }): string[] {
  const r = rng(seed);
  const products = catalog().filter((p: { retired?: string }) => !p.retired);
  const kinds = Object.keys(DEFECTS);
  const out: string[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const order = buildOrder(r, { products, today: toDays('2026-06-15'), seq });
    const defect = defects > 0 && r.chance(defects) ? r.pick(kinds) : undefined;
    if (defect) plant(defect, order);
    let text = renderOrder(order, { quoteDates });
    if (defect) text = plant(defect, order, text) ?? text;
    out.push(text);
  }
  return out;
}
