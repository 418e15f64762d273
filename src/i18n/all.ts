// Every message catalog, registered once per run. Rule messages come from the rules.
import { register } from './i18n.js';
import { cliMessages } from './cli.js';
import { reportMessages } from './reports.js';
import { boardMessages } from './board.js';
import { rules } from '../rules/index.js';
import { workflowMessages } from './workflow.js';
import { mergeMessages } from './merge.js';
import { officeMessages, sheetMessages, wordMessages } from './office.js';
import { vocabMessages } from './vocab.js';
import { recordMessages } from './record.js';
import { trustMessages } from './trust.js';
import { cacheMessages } from './cache.js';
import { importMessages } from './import.js';
import { messageMessages } from './messages.js';
import { factsMessages } from './facts.js';

let done = false;

export function registerAll(): void {
  if (done) return;
  done = true;
  register(cliMessages);
  register(reportMessages);
  for (const rule of rules) register(rule.messages, `${rule.id}/`);
  register(workflowMessages());
  register(mergeMessages);
  register(officeMessages);
  register(sheetMessages);
  register(wordMessages);
  register(vocabMessages());
  register(boardMessages);
  register(recordMessages);
  register(trustMessages);
  register(cacheMessages);
  register(importMessages);
  register(messageMessages());
  register(factsMessages);
}
