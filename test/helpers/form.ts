/** Fields of a posted form; arrays repeat the name, as checkboxes and multiple selects do. */
export type FormFields = Record<string, string | string[]>;

/** A urlencoded body of `fields`. */
export function encodeForm(fields: FormFields): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) p.append(k, x);
  return p.toString();
}
