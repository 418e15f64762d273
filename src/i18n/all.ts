// Every message catalog, registered once per run. Rule messages come from the rules.
// Catalogs made from tables are functions with the prefix their ids share: one is made
// only when an id under its prefix is first asked for.
import { register } from './i18n.js';
import { cliMessages } from './cli.js';
import { reportMessages } from './reports.js';
import { boardMessages } from './board.js';
import { rules } from '../rules/index.js';
import { itemTexts, stateNames, workflowMessages } from './workflow.js';
import { mergeMessages } from './merge.js';
import { officeMessages, sheetMessages, wordMessages } from './office.js';
import { vocabMessages } from './vocab.js';
import { recordMessages } from './record.js';
import { trustMessages } from './trust.js';
import { cacheMessages } from './cache.js';
import { importMessages } from './import.js';
import { messageMessages, NODES, variableLabels, variableRecords } from './messages.js';
import { capsMessages } from './caps.js';
import { factsMessages } from './facts.js';

let done = false;

export function registerAll(): void {
  if (done) return;
  done = true;
  register(cliMessages);
  register(reportMessages);
  for (const rule of rules) register(rule.messages, `${rule.id}/`);
  for (const m of workflowMessages) register(m);
  register(stateNames, 'state/');
  register(itemTexts, 'item/');
  register(mergeMessages);
  register(officeMessages);
  register(sheetMessages);
  register(wordMessages);
  register(vocabMessages, 'vocab/');
  register(boardMessages);
  register(recordMessages);
  register(trustMessages);
  register(cacheMessages);
  register(importMessages);
  register(messageMessages);
  register(NODES, 'message/node/');
  register(NODES, 'notice/node/');
  register(variableLabels, 'message/var/');
  register(variableRecords, 'message/record/');
  register(capsMessages);
  register(factsMessages);
}
