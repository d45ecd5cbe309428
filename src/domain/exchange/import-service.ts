import { authorize, type Actor } from '../access/access.ts';
import { ValidationError, type FieldError } from '../errors.ts';
import type { UnitOfWork } from '../ports.ts';
import type { InitiativeService } from '../initiative/initiative-service.ts';
import type { OrganisationService } from '../organisation/organisation-service.ts';
import type { Organisation } from '../organisation/organisation.ts';
import type { ImportCandidate, OrganisationRef } from './candidate.ts';

export interface ImportOptions {
  /** Validate and report, write nothing. */
  dryRun?: boolean;
  /** Publish straight away instead of entering review as submitted (admins only). */
  publish?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** One refused record: where it is, which field, and why. */
export interface Rejection {
  file: string;
  locator: string;
  field: string;
  reason: string;
}

export interface ImportReport {
  dryRun: boolean;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  /** Accepted records with something left out or unmatched (e.g. a country name). */
  notes: { file: string; locator: string; note: string }[];
  organisationsCreated: string[];
}

const nameKey = (s: string) => s.normalize('NFC').trim().toLowerCase();

/**
 * Imports candidates through the same service calls as the API (validation, versions, transactions).
 * A record already imported (same external id, or a Leapfrog id that exists here) is updated, never duplicated.
 * Organisations are found by IATI id, then by exact name or alias, else created.
 */
export class ImportService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly initiatives: InitiativeService,
    private readonly organisations: OrganisationService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(actor: Actor, candidates: ImportCandidate[], opts: ImportOptions = {}): Promise<ImportReport> {
    // Anyone may check a file; writing needs the right to create records.
    if (!opts.dryRun) authorize(actor, 'record:create');
    if (opts.publish) authorize(actor, 'import:publish');
    const report: ImportReport = { dryRun: !!opts.dryRun, read: candidates.length, created: 0, updated: 0, unchanged: 0, rejected: [], notes: [], organisationsCreated: [] };
    const orgs = await this.organisationIndex();
    const importedAt = this.clock().toISOString();
    let done = 0;
    for (const c of candidates) {
      const reject = (errors: FieldError[]) => report.rejected.push(...errors.map((e) => ({ file: c.file, locator: c.locator, field: e.field, reason: e.message })));
      try {
        if (c.errors.length || !c.input) {
          reject(c.errors.length ? c.errors : [{ field: '(record)', code: 'empty', message: 'Nothing to import' }]);
          continue;
        }
        const linked = await this.resolveOrganisations(actor, c.organisationRefs, orgs, opts.dryRun ?? false, report);
        const body = { ...c.input, ...(linked.length || c.organisationRefs.length ? { organisations: linked } : {}) };
        const existing = await this.existing(c);
        if (opts.dryRun) {
          await this.initiatives.check(body, existing ? 'update' : 'create');
          if (existing) report.updated++;
          else report.created++;
        } else if (existing) {
          const before = await this.uow.initiatives.get(existing);
          const saved = await this.initiatives.update(actor, existing, body);
          let changed = saved.version !== before?.version;
          if (opts.publish && ['draft', 'submitted'].includes(saved.workflowState)) {
            await this.initiatives.transition(actor, existing, 'publish', 'Published on import');
            changed = true;
          }
          if (changed) report.updated++;
          else report.unchanged++;
        } else {
          const provenance = { ...c.provenance, importedAt, reference: `${c.file}${c.locator === 'file' ? '' : ` ${c.locator}`}` };
          await this.initiatives.create(actor, body, { state: opts.publish ? 'published' : 'submitted', provenance });
          report.created++;
        }
        report.notes.push(...c.notes.map((note) => ({ file: c.file, locator: c.locator, note })));
      } catch (err) {
        if (err instanceof ValidationError) reject(err.errors);
        else throw err;
      } finally {
        opts.onProgress?.(++done, candidates.length);
      }
    }
    return report;
  }

  private async existing(c: ImportCandidate): Promise<string | undefined> {
    if (c.externalId) {
      const id = await this.uow.initiatives.findByExternalId(c.externalId.scheme, c.externalId.value);
      if (id) return id;
    }
    if (c.existingId && (await this.uow.initiatives.get(c.existingId))) return c.existingId;
    return undefined;
  }

  /** Every organisation by id, IATI id and lower-cased name or alias. */
  private async organisationIndex() {
    const all: Organisation[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await this.uow.organisations.list(offset, 500);
      all.push(...page.items);
      if (all.length >= page.total || !page.items.length) break;
    }
    const byId = new Set(all.map((o) => o.id));
    const byIati = new Map(all.filter((o) => o.iatiId).map((o) => [o.iatiId!, o.id]));
    const byName = new Map<string, string>();
    for (const o of all) for (const n of [...Object.values(o.name), ...o.aliases]) if (n) byName.set(nameKey(n), o.id);
    return { byId, byIati, byName };
  }

  private async resolveOrganisations(
    actor: Actor,
    refs: OrganisationRef[],
    index: Awaited<ReturnType<ImportService['organisationIndex']>>,
    dryRun: boolean,
    report: ImportReport,
  ): Promise<{ id: string; role: string }[]> {
    const out: { id: string; role: string }[] = [];
    for (const [i, ref] of refs.entries()) {
      let id = ref.knownId && index.byId.has(ref.knownId) ? ref.knownId : undefined;
      id ??= (ref.iatiId && index.byIati.get(ref.iatiId)) || index.byName.get(nameKey(ref.name)) || (index.byId.has(ref.name) ? ref.name : undefined);
      if (!id) {
        const body = { name: { en: ref.name.slice(0, 300) }, type: ref.type ?? '90', ...(ref.website ? { website: ref.website } : {}), ...(ref.iatiId ? { iatiId: ref.iatiId } : {}) };
        if (dryRun) {
          report.organisationsCreated.push(ref.name);
          index.byName.set(nameKey(ref.name), `(new) ${ref.name}`);
          continue;
        }
        try {
          const created = await this.organisations.create(actor, body);
          id = created.id;
        } catch (err) {
          if (err instanceof ValidationError) throw new ValidationError(err.errors.map((e) => ({ ...e, field: `organisations[${i}].${e.field}` })));
          throw err;
        }
        report.organisationsCreated.push(ref.name);
        index.byId.add(id);
        index.byName.set(nameKey(ref.name), id);
        if (ref.iatiId) index.byIati.set(ref.iatiId, id);
      }
      if (id.startsWith('(new) ')) continue; // created by this dry run: cannot be linked yet
      if (!out.some((o) => o.id === id && o.role === ref.role)) out.push({ id, role: ref.role });
    }
    return out;
  }
}
