export interface Product {
  model: string;
  name?: string;
  unit: string;
  /** How `unit` is shown to people (台, 件); the unit itself when absent. */
  unit_name?: string;
  alt_units?: Record<string, number>;
  integer?: boolean;
  moq?: number;
  multiple?: number;
  fulfilment?: 'make' | 'stock';
  lead_days?: number;
  status?: 'active' | 'discontinued';
  replaced_by?: string;
  note?: string;
}

export interface Catalog {
  /** Where it was read from, for messages; undefined when no catalog is configured. */
  file?: string;
  products: Map<string, Product>;
}

const MEASURED = new Set(['kg', 'g', 't', 'm', 'cm', 'mm', 'm2', 'm3', 'l', 'ml']);

/** SPEC §2: `integer` defaults to true except for measured units. */
export function isWholeNumberModel(p: Product): boolean {
  return p.integer ?? !MEASURED.has(p.unit.toLowerCase());
}

/** How many of the model's own unit one `unit` holds, or undefined if the unit is unknown. */
export function unitFactor(p: Product, unit: string | undefined): number | undefined {
  if (unit === undefined || unit === p.unit) return 1;
  const f = p.alt_units?.[unit];
  return typeof f === 'number' ? f : undefined;
}
