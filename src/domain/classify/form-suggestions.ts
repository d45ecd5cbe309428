import type { ClassificationLink, ClassificationScheme } from '../classification/classification.ts';
import type { FieldError } from '../errors.ts';

// Machine suggestions offered inside the submission form travel as `scheme:code` keys ("sdg-goal:9",
// "sdg-target:9.c", "technology:ai", "wsis:C7.e-health"): the form lists what it offered and what the submitter
// ticked. Pure: no I/O.

const SCHEMES: readonly ClassificationScheme[] = ['sdg-goal', 'sdg-target', 'technology', 'wsis'];

/** The form key of a link: `scheme:code`. */
export const suggestionKey = (link: Pick<ClassificationLink, 'scheme' | 'code'>): string => `${link.scheme}:${link.code}`;

/** `scheme:code` → its parts, or undefined when the scheme is not one of ours. */
export function parseSuggestionKey(key: string): { scheme: ClassificationScheme; code: string } | undefined {
  const at = key.indexOf(':');
  const scheme = key.slice(0, at) as ClassificationScheme;
  const code = key.slice(at + 1).trim();
  return at > 0 && SCHEMES.includes(scheme) && code && code.length <= 64 ? { scheme, code } : undefined;
}

/** What the submitter did with the suggestions the form offered: accepted = ticked, rejected = offered and left unticked. */
export interface FormSuggestionChoices {
  offered: string[];
  accepted: string[];
}

/** The decisions the choices stand for, one per offered key (a tick on a key that was never offered is ignored). */
export function decisionsOf(choices: FormSuggestionChoices): { key: string; accept: boolean }[] {
  const accepted = new Set(choices.accepted);
  return [...new Set(choices.offered)].map((key) => ({ key, accept: accepted.has(key) }));
}

/** Every offered key that is not `scheme:code` of one of our schemes, as field errors (checked before anything is saved). */
export function choiceErrors(choices: FormSuggestionChoices): FieldError[] {
  return choices.offered.filter((key) => !parseSuggestionKey(key)).map((key) => ({ field: 'machineOffered', code: 'unknown-code', message: `"${key.slice(0, 80)}" is not a suggestion key (scheme:code)` }));
}
