// Every rule, listed explicitly. The order here is the order rules run in.
import type { Rule } from './rule.js';
import { file } from './file.js';
import { yamlSyntax } from './yaml-syntax.js';
import { schema } from './schema.js';

export const rules: Rule[] = [file, yamlSyntax, schema];
