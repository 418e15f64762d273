import { ruleTests, linesOrder } from './tester.js';

const order = linesOrder;

const BIG_CATALOG = `products:\n${Array.from({ length: 13 }, (_, i) => `  - { model: M-${1000 + i * 111}, unit: pcs }\n`).join('')}`;

ruleTests('unknown-model', {
  valid: [
    { name: 'catalog models', order: order('  - { model: XK-200, quantity: 500, unit: pcs }\n  - { model: BR-6205, quantity: 100, unit: pcs }\n') },
    { name: 'discontinued models are known', order: order('  - { model: XK-100, quantity: 5, unit: pcs }\n') },
    {
      name: 'no catalog configured: the rule is skipped',
      config: 'orders: orders\n',
      catalog: null,
      order: order('  - { model: NOPE-1, quantity: 5, unit: pcs }\n'),
    },
  ],
  invalid: [
    {
      name: 'a typo: suggest the nearest model',
      order: order('  - { model: XK-200, quantity: 500, unit: pcs }\n  - model: XK-20O\n    quantity: 5\n    unit: pcs\n'),
      errors: [{ line: 7, column: 12, message: 'model XK-20O is not in the catalog; did you mean XK-200?', zh: '是否应为 XK-200' }],
    },
    {
      name: 'wrong case is still suggested',
      order: order('  - { model: br-6205, quantity: 100, unit: pcs }\n'),
      errors: [{ line: 6, column: 14, message: 'did you mean BR-6205?' }],
    },
    {
      name: 'nothing close in a small catalog: list its models',
      order: order('  - { model: ZZ-9, quantity: 1, unit: pcs }\n  - { model: QQQ-77, quantity: 1, unit: pcs }\n'),
      errors: [
        { line: 6, column: 14, message: 'model ZZ-9 is not in the catalog catalog.yaml, which lists XK-200, XK-210, XK-100, XK-050, BR-6205, GR-46, SP-KIT' },
        { line: 7, column: 14, message: 'model QQQ-77 is not in the catalog' },
      ],
    },
    {
      name: 'nothing close in a big catalog: say how many models it has',
      catalog: BIG_CATALOG,
      order: order('  - { model: XK-200, quantity: 1, unit: pcs }\n'),
      errors: [{ line: 6, column: 14, message: 'not in the catalog catalog.yaml (13 models)', zh: '共 13 个型号' }],
    },
    {
      name: 'an empty catalog',
      catalog: 'products: []\n',
      order: order('  - { model: XK-200, quantity: 1, unit: pcs }\n'),
      errors: [{ line: 6, column: 14, message: 'which lists no products yet' }],
    },
    {
      name: 'a catalog elsewhere is named by its path from the workspace',
      config: 'catalog: data/products.yaml\n',
      files: { 'data/products.yaml': 'products:\n  - { model: A-1, unit: pcs }\n' },
      order: order('  - { model: B-2222, quantity: 1, unit: pcs }\n'),
      errors: [{ line: 6, column: 14, message: 'data/products.yaml, which lists A-1' }],
    },
  ],
});
