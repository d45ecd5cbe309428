import type { FieldError } from '../errors.ts';
import type { OrganisationRole } from '../initiative/initiative.ts';
import type { OrganisationType } from '../organisation/organisation.ts';

// What every import format turns its input into before anything is written: the same API input body
// the service validates, plus the organisations named by name or IATI id (resolved or created later).

/** An organisation a record names, found by IATI id or exact name, or created. */
export interface OrganisationRef {
  name: string;
  role: OrganisationRole;
  iatiId?: string;
  type?: OrganisationType;
  website?: string;
  /** A Leapfrog organisation id the file gives (used when it exists here). */
  knownId?: string;
}

/** One record read from a file, ready for the service (or already known to be invalid). */
export interface ImportCandidate {
  file: string;
  /** 'line 12', 'index 3', 'activity 2' — where to look in the file. */
  locator: string;
  externalId?: { scheme: 'dpg' | 'iati' | 'wsis'; value: string };
  /** A Leapfrog id the file names (an export imported back): updated when it exists here. */
  existingId?: string;
  /** An InitiativeInput without `organisations` (they come from `organisationRefs`). */
  input?: Record<string, unknown>;
  organisationRefs: OrganisationRef[];
  provenance: { source: string; url?: string };
  /** Problems found while reading the file: the record is rejected without reaching the service. */
  errors: FieldError[];
  /** Things the importer left out or could not match, reported but not fatal (e.g. an unknown country name). */
  notes: string[];
}

/** A candidate read from `file` at `locator` that could not be read at all. */
export function rejectedCandidate(file: string, locator: string, errors: FieldError[]): ImportCandidate {
  return { file, locator, organisationRefs: [], provenance: { source: 'import' }, errors, notes: [] };
}

/** Texts longer than a field allows are cut at a word boundary with an ellipsis, and noted. */
export function fit(text: string | undefined, max: number, field: string, notes: string[]): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  if (t.length <= max) return t;
  notes.push(`${field}: shortened from ${t.length} to ${max} characters`);
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

/** Keeps URLs the record accepts (http or https, no spaces), noting the others. */
export function validUrl(url: string | undefined, field: string, notes: string[]): string | undefined {
  const u = url?.trim();
  if (!u) return undefined;
  if (/^https?:\/\/[^\s]+$/.test(u) && u.length <= 2000) return u;
  notes.push(`${field}: "${u.replace(/\s+/g, ' ').slice(0, 80)}" is not an http(s) address and was left out`);
  return undefined;
}
