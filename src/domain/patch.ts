// PATCH bodies: a field left out keeps its value, a value replaces it, and `null` clears it.

/** A patch with its nulls resolved: cleared lists and maps as their empty value, cleared single values named. */
export interface ResolvedPatch<T> {
  input: Partial<T>;
  /** Single-valued fields to remove from the record (`scope: null`). */
  removed: string[];
}

/**
 * Resolves the `null`s of a validated patch: a field with an empty value in `emptyValues` (a list, a language
 * map, a group of dates) gets that value, so the usual update replaces it with nothing; any other field is removed.
 */
export function resolveNulls<T>(patch: object, emptyValues: Readonly<Record<string, unknown>>): ResolvedPatch<T> {
  const input: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value !== null) input[key] = value;
    else if (key in emptyValues) input[key] = structuredClone(emptyValues[key]);
    else removed.push(key);
  }
  return { input: input as Partial<T>, removed };
}
