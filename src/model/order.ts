// The order file (SPEC §2) as data. The JSON Schema in schemas/order.schema.json is the
// source of truth for the format; these types describe what a schema-valid file holds.
// Orders are pruned of invalid values before rules and reports see them (prune in load/schema-problems.ts),
// so every key may be absent but a present value has the right type.

export const STATES = [
  'received', 'confirmed', 'preparing', 'ready', 'shipped', 'delivered', 'followed_up', 'closed',
] as const;
export type MainState = (typeof STATES)[number];
export type Status = MainState | 'on_hold' | 'cancelled';

export type Method = 'express' | 'truck' | 'sea' | 'air' | 'pickup';
export type Balance = 'before_shipment' | 'on_delivery' | 'days_after_delivery';
export type Incoterm = 'EXW' | 'FCA' | 'FAS' | 'FOB' | 'CFR' | 'CIF' | 'CPT' | 'CIP' | 'DAP' | 'DPU' | 'DDP';
export type TrackingStatus = 'picked_up' | 'in_transit' | 'out_for_delivery' | 'delivered' | 'exception' | 'returned';

export interface Line {
  model?: string;
  quantity?: number;
  unit?: string;
  unit_price?: number;
  note?: string;
}

export interface Milestone { name?: string; due?: string; done?: string; note?: string }
export interface ShipmentItem { model?: string; quantity?: number; unit?: string }
export interface Shipment {
  shipped?: string;
  carrier?: string;
  tracking?: string;
  eta?: string;
  delivered?: string;
  vessel?: string;
  events?: TrackingEvent[];
  items?: ShipmentItem[];
  note?: string;
}
export interface TrackingEvent { at?: string; status?: TrackingStatus; text?: string }
export interface Contact { date?: string; node?: string; channel?: string; note?: string }
export interface Issue {
  opened?: string;
  kind?: string;
  cause?: string;
  owner?: string;
  action?: string;
  resolved?: string;
  note?: string;
}
export interface Payment { date?: string; amount?: number; note?: string }
/** An order change (变更单): `field` is a dotted path such as delivery.promised or lines.0.quantity. */
export interface Change {
  date?: string;
  field?: string;
  from?: string | number | null;
  to?: string | number | null;
  reason?: string;
  channel?: string;
  note?: string;
}
export interface DocumentRef { kind?: string; ref?: string; date?: string; note?: string }
export interface HistoryEntry {
  at?: string;
  from?: Status;
  to?: Status;
  note?: string;
  reason?: string;
  waived?: string[];
}

export interface Order {
  id?: string;
  status?: Status;
  customer?: { name?: string; contact?: string; phone?: string; email?: string; address?: string };
  sales?: string;
  customer_po?: string;
  ordered?: string;
  currency?: string;
  note?: string;
  payment?: { deposit_percent?: number; deposit_kind?: 'deposit' | 'advance'; balance?: Balance; balance_days?: number };
  lines?: Line[];
  delivery?: {
    requested?: string;
    promised?: string;
    method?: Method;
    incoterm?: Incoterm;
    carrier?: string;
    address?: string;
    recipient?: string;
    phone?: string;
    special?: string[];
  };
  quality?: { standard?: string; note?: string };
  confirmation?: { date?: string; channel?: string; terms?: string[]; note?: string };
  production?: { handoff?: string; milestones?: Milestone[] };
  stock?: { checked?: string; quality_ok?: boolean; note?: string };
  shipments?: Shipment[];
  contacts?: Contact[];
  issues?: Issue[];
  follow_up?: {
    due?: string;
    done?: string;
    satisfaction?: number;
    scores?: { quality?: number; timeliness?: number; service?: number };
    feedback?: string;
  };
  payments?: Payment[];
  documents?: DocumentRef[];
  changes?: Change[];
  checklist?: Record<string, string>;
  history?: HistoryEntry[];
}

/** An order that reports can use: it has a valid id and status. */
export type KnownOrder = Order & { id: string; status: Status };
