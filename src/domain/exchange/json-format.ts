import { InitiativeInputSchema } from '../initiative/initiative-input.ts';
import type { OrganisationRef } from './candidate.ts';
import { rejectedCandidate, type ImportCandidate } from './candidate.ts';

// JSON import reads the API's own input bodies, and the records of Leapfrog's JSON and JSON Lines exports
// (their read-only fields — id, url, labels, state, timestamps — are set aside, not rejected).

const INPUT_KEYS = new Set(Object.keys(InitiativeInputSchema.properties));
const READ_ONLY = new Set(['id', 'url', 'workflowState', 'isSample', 'createdAt', 'updatedAt', 'archivedAt', 'version', 'provenance', '@context', '@type']);

/** A JSON document (an array, `{items: […]}`, one record) or JSON Lines text → candidates, one per record. */
export function jsonCandidates(file: string, textContent: string): ImportCandidate[] {
  const trimmed = textContent.trim();
  let records: unknown[];
  let lines: number[] | undefined;
  try {
    const doc = JSON.parse(trimmed) as unknown;
    records = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && Array.isArray((doc as { items?: unknown }).items) ? (doc as { items: unknown[] }).items : [doc];
  } catch (err) {
    // Not one JSON document: JSON Lines, one record per non-empty line.
    const all = trimmed.split('\n');
    records = [];
    lines = [];
    for (let i = 0; i < all.length; i++) {
      if (!all[i]!.trim()) continue;
      try {
        records.push(JSON.parse(all[i]!));
        lines.push(i + 1);
      } catch {
        if (i === 0) return [rejectedCandidate(file, 'file', [{ field: '(file)', code: 'invalid-json', message: `Neither JSON nor JSON Lines: ${(err as Error).message}` }])];
        records.push(undefined);
        lines.push(i + 1);
      }
    }
  }
  return records.map((r, i) => recordCandidate(file, lines ? `line ${lines[i]}` : `index ${i}`, r));
}

function recordCandidate(file: string, locator: string, record: unknown): ImportCandidate {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return rejectedCandidate(file, locator, [{ field: '(record)', code: 'invalid', message: 'Expected a JSON object' }]);
  }
  const r = record as Record<string, unknown>;
  const input: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (READ_ONLY.has(k) || v === null) continue;
    if (k === 'organisations' || !INPUT_KEYS.has(k)) {
      if (k !== 'organisations' && !['sdgGoals', 'sdgTargets', 'technologies', 'wsis'].includes(k)) input[k] = v; // unknown keys reach the service, which names them
      continue;
    }
    input[k] = v;
  }
  // An export carries both the shorthand arrays and the classifications they come from: keep the richer one.
  if (Array.isArray(r.classifications)) {
    input.classifications = (r.classifications as Record<string, unknown>[]).map(({ iri: _i, confirmedBy: _b, confirmedAt: _a, ...c }) => c);
    for (const k of ['sdgGoals', 'sdgTargets', 'technologies', 'wsis']) delete input[k];
  } else for (const k of ['sdgGoals', 'sdgTargets', 'technologies', 'wsis']) if (r[k] !== undefined) input[k] = r[k];
  const organisationRefs: OrganisationRef[] = Array.isArray(r.organisations)
    ? (r.organisations as { id?: string; role?: string; name?: Record<string, string> }[]).map((o) => ({
        name: o.name ? (Object.values(o.name)[0] ?? o.id ?? '') : (o.id ?? ''),
        role: (o.role ?? 'partner') as OrganisationRef['role'],
        knownId: o.id,
      }))
    : [];
  const ext = (input.externalIds ?? {}) as { dpg?: string; iati?: string; wsis?: string };
  const externalId = ext.dpg ? { scheme: 'dpg' as const, value: ext.dpg } : ext.iati ? { scheme: 'iati' as const, value: ext.iati } : ext.wsis ? { scheme: 'wsis' as const, value: ext.wsis } : undefined;
  const provenance = { source: 'import:json' };
  return { file, locator, externalId, existingId: typeof r.id === 'string' ? r.id : undefined, input, organisationRefs, provenance, errors: [], notes: [] };
}
