// Comparing versions of a record: which top-level fields changed, and how, for a readable diff.

const IGNORED = new Set(['updatedAt', 'version']);

/** Top-level fields whose value differs between two versions of a record. */
export function changedFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !IGNORED.has(k) && JSON.stringify((a as never)[k]) !== JSON.stringify((b as never)[k])).sort();
}

/** One field before and after, as plain text lines (language maps one line per language). */
export interface FieldChange {
  field: string;
  before: string[];
  after: string[];
}

/** Turns a field value into lines a person can compare: `en: Title`, `countries: 242, 798`. */
export function readableLines(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'object') return [String(value)];
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)));
  return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`);
}

/** The changes of `fields` between two snapshots, lines equal on both sides left out. */
export function fieldChanges(before: object, after: object, fields: string[]): FieldChange[] {
  return fields.map((field) => {
    const b = readableLines((before as Record<string, unknown>)[field]);
    const a = readableLines((after as Record<string, unknown>)[field]);
    return { field, before: b.filter((l) => !a.includes(l)), after: a.filter((l) => !b.includes(l)) };
  });
}
