// Every rule, listed explicitly. The order here is the order rules run in.
import type { Rule } from './rule.js';
import { file } from './file.js';
import { yamlSyntax } from './yaml-syntax.js';
import { schema } from './schema.js';
import { duplicateId } from './duplicate-id.js';
import { idFilename } from './id-filename.js';
import { unknownModel } from './unknown-model.js';
import { discontinuedModel } from './discontinued-model.js';
import { unitMismatch } from './unit-mismatch.js';
import { fractionalQuantity } from './fractional-quantity.js';
import { belowMoq } from './below-moq.js';
import { orderMultiple } from './order-multiple.js';
import { deliveryInfeasible } from './delivery-infeasible.js';
import { dateSequence } from './date-sequence.js';
import { stateIncomplete } from './state-incomplete.js';
import { overShipped } from './over-shipped.js';
import { overpaid } from './overpaid.js';

export const rules: Rule[] = [
  file,
  yamlSyntax,
  schema,
  duplicateId,
  idFilename,
  unknownModel,
  discontinuedModel,
  unitMismatch,
  fractionalQuantity,
  belowMoq,
  orderMultiple,
  deliveryInfeasible,
  dateSequence,
  stateIncomplete,
  overShipped,
  overpaid,
];
