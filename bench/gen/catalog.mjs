// The benchmark workspace's gendan.yaml and catalog.yaml. Every product keeps its
// alt_units a multiple of `multiple`, so any whole number of alt units is a valid order.

const FAMILIES = [
  // model prefix, name, unit, alt_units, moq, multiple, fulfilment, lead_days
  ['XK', '减速机', 'pcs', { box: 10 }, 50, 10, 'make', 15],
  ['GB', '硬齿面圆柱齿轮箱', 'set', undefined, undefined, undefined, 'make', 20],
  ['YE3', '三相异步电动机', 'set', undefined, undefined, undefined, 'stock', 3],
  ['BRG', '深沟球轴承', 'pcs', { box: 20 }, undefined, 20, 'stock', 2],
  ['RC', '滚子链条', 'm', undefined, undefined, undefined, 'stock', 2],
  ['LUB', '工业齿轮油', 'kg', { drum: 200 }, 20, undefined, 'stock', 1],
  ['CPL', '弹性联轴器', 'pcs', { box: 10 }, 10, 10, 'make', 8],
  ['SEAL', '骨架油封', 'pcs', { bag: 50 }, 100, 50, 'stock', 2],
];

export function catalog() {
  const products = [];
  for (const [prefix, name, unit, alt, moq, multiple, fulfilment, lead] of FAMILIES) {
    for (const size of [100, 200, 350, 500, 650]) {
      products.push({ model: `${prefix}-${size}`, name: `${name} ${prefix}-${size}`, unit, alt, moq, multiple, fulfilment, lead: lead + (size % 3) });
    }
  }
  // One retired model, replaced by its successor; orders never use it.
  products.push({ model: 'XK-090', name: '减速机 XK-090（旧款）', unit: 'pcs', alt: { box: 10 }, moq: 50, multiple: 10, fulfilment: 'make', lead: 15, retired: 'XK-100' });
  return products;
}

export function catalogText(products) {
  const out = ['# yaml-language-server: $schema=../schemas/catalog.schema.json', '# 产品目录 · product catalog', 'products:'];
  for (const p of products) {
    out.push(`  - model: ${p.model}`, `    name: ${p.name}`, `    unit: ${p.unit}`);
    if (p.alt) {
      out.push('    alt_units:');
      for (const [u, f] of Object.entries(p.alt)) out.push(`      ${u}: ${f}`);
    }
    if (p.moq !== undefined) out.push(`    moq: ${p.moq}`);
    if (p.multiple !== undefined) out.push(`    multiple: ${p.multiple}`);
    out.push(`    fulfilment: ${p.fulfilment}`, `    lead_days: ${p.lead}`);
    out.push(`    status: ${p.retired ? 'discontinued' : 'active'}`);
    if (p.retired) out.push(`    replaced_by: ${p.retired}`);
  }
  return `${out.join('\n')}\n`;
}

export const CONFIG_TEXT = `# yaml-language-server: $schema=./schemas/config.schema.json
company: 示例机械有限公司
lang: en
orders: orders
catalog: catalog.yaml
calendar:
  region: CN
  weekend: [sat, sun]
logistics:
  express: 2
  truck: 4
  sea: 25
  air: 3
  pickup: 0
buffer_days: 1
follow_up_days: 7
at_risk_days: 3
issue_days: 3
`;
