// Every checklist item, in the order of the states and then as the clerk works through them.
import type { ItemDef } from '../item.js';
import { receivedItems } from './received.js';
import { confirmedItems } from './confirmed.js';
import { preparingItems } from './preparing.js';
import { readyItems } from './ready.js';
import { closingItems } from './closing.js';

export const ITEMS: ItemDef[] = [...receivedItems, ...confirmedItems, ...preparingItems, ...readyItems, ...closingItems];

export const MANUAL_ITEMS: ItemDef[] = ITEMS.filter((i) => i.kind === 'manual');
