/** JSON columns are text on both databases; these keep parsing in one place. */
export const toJson = (value: unknown): string => JSON.stringify(value ?? null);
export const fromJson = <T>(text: string | null | undefined, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);
/** SQL NULL ↔ undefined. */
export const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);
