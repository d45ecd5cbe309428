import type { Organisation } from '../../../domain/organisation/organisation.ts';
import { blank, langMapOf, langMapToForm, valueOf, wholeMapOnOriginal, type Converted, type FormBody, type PathMap } from '../record-form/form-data.ts';

// The organisation form's fields, converted to the API's organisation patch and back. Pure: no I/O.

/** The single-valued fields a person may empty: sent as null, which clears them (domain/patch.ts). */
const CLEARABLE = ['ituMembership', 'country', 'website', 'iatiId'] as const;

/** Aliases are typed one per line (a comma would split names such as "Ministry of ICT, Kenya"). */
function aliasesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/**
 * Form fields → the API's organisation patch. The form always edits an existing organisation, so an emptied
 * optional field is sent as null and the aliases are sent whole (none left: null). Errors on the name as a
 * whole land on the name in the original language; an error on one alias lands on the aliases box.
 */
export function organisationFormToPatch(body: FormBody): Converted {
  const input: Record<string, unknown> = {};
  const paths: PathMap = {};
  const originalLang = valueOf(body, 'originalLang').trim();
  input.name = langMapOf(body, 'name');
  if (originalLang) {
    input.originalLang = originalLang;
    wholeMapOnOriginal(paths, 'name', originalLang);
  }
  if (!blank(valueOf(body, 'type'))) input.type = valueOf(body, 'type').trim();
  for (const f of CLEARABLE) input[f] = blank(valueOf(body, f)) ? null : valueOf(body, f).trim();
  const aliases = aliasesOf(valueOf(body, 'aliases'));
  input.aliases = aliases.length ? aliases : null;
  aliases.forEach((_, i) => (paths[`aliases[${i}]`] = { to: 'aliases', keepRest: false }));
  return { input, paths };
}

/** Form fields → the API's organisation input for a new one: as the patch, without the nulls (nothing to clear). */
export function organisationFormToCreate(body: FormBody): Converted {
  const { input, paths } = organisationFormToPatch(body);
  return { input: Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)), paths };
}

/** An organisation as form fields, for the edit page. `iso3Of` turns the record's M49 country into the form's ISO code. */
export function organisationToForm(o: Organisation, iso3Of: (m49: string) => string | undefined): FormBody {
  const body: FormBody = { originalLang: o.originalLang, type: o.type, ituMembership: o.ituMembership ?? '', country: o.country ? (iso3Of(o.country) ?? o.country) : '', website: o.website ?? '', iatiId: o.iatiId ?? '', aliases: o.aliases.join('\n') };
  langMapToForm(body, 'name', o.name);
  return body;
}
