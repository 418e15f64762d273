/** A list key's value when it is a list; [] otherwise (absent, or pruned as invalid). */
export const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
