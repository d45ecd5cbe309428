import { authorize, can, type Actor, type OrganisationFacts } from '../access/access.ts';
import { NotFoundError, ValidationError, type FieldError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { UnitOfWork } from '../ports.ts';
import { schemaErrors } from '../validation.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { cleanLangMap, cleanText } from '../initiative/initiative-build.ts';
import { ORGANISATION_TYPES, type Organisation, type OrganisationType, type ItuMembership } from './organisation.ts';
import { OrganisationInputSchema, OrganisationPatchSchema, type OrganisationInput, type OrganisationPatch } from './organisation-input.ts';
import { resolveNulls } from '../patch.ts';
import { changedFields } from '../review/versions.ts';
import { versionHistory, type VersionView } from '../review/version-history.ts';
import type { Lang } from '../vocabulary/language.ts';
import type { TSchema } from '@sinclair/typebox';

/** What the organisation list can be narrowed by: an IATI type code, a country's ISO alpha-3 code. */
export interface OrganisationListFilter {
  type?: string;
  country?: string;
}

export class OrganisationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly vocabulary: VocabularyService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Organisations are public: they name who does what. Archived ones are answered with 404. */
  async get(id: string): Promise<Organisation> {
    const o = await this.uow.organisations.get(id);
    if (!o || o.archivedAt) throw new NotFoundError('organisation', id);
    return o;
  }

  /** Several organisations by id (archived ones included: records still name them). */
  async getMany(ids: string[]): Promise<Organisation[]> {
    return this.uow.organisations.getMany(ids);
  }

  /** The organisation to edit: 404 when it does not exist, 401 / 403 as the access module decides. */
  async editable(actor: Actor, id: string): Promise<Organisation> {
    const o = await this.get(id);
    authorize(actor, 'organisation:update', organisationFacts(o));
    return o;
  }

  /** 401 / 403 unless the actor may add organisations (the create form checks before it shows). */
  assertMayCreate(actor: Actor): void {
    authorize(actor, 'organisation:create');
  }

  /** Whether the actor may change the organisation (the page shows an edit link). */
  mayEdit(actor: Actor, o: Organisation): boolean {
    return can(actor, 'organisation:update', organisationFacts(o));
  }

  /**
   * Every version with its changes and the names of their authors. Organisations are public and have no
   * review workflow, so there are no review events and anyone may read it.
   */
  async history(id: string): Promise<{ events: never[]; versions: VersionView[]; names: Record<string, string> }> {
    await this.get(id);
    return { events: [], ...(await versionHistory(this.uow, 'organisation', id)) };
  }

  /**
   * A page of organisations, oldest first, optionally of one IATI type and one country (ISO alpha-3).
   * An unknown type or country is a validation error, not an empty list.
   */
  async list(page = 1, limit = 50, filter: OrganisationListFilter = {}) {
    const p = Math.max(1, page);
    const l = Math.min(200, Math.max(1, limit));
    const errors: FieldError[] = [];
    if (filter.type !== undefined && !Object.hasOwn(ORGANISATION_TYPES, filter.type)) errors.push({ field: 'type', code: 'unknown-code', message: `${filter.type} is not an IATI organisation type code` });
    const country = filter.country === undefined ? undefined : this.vocabulary.current().countryByIso3.get(filter.country);
    if (filter.country !== undefined && !country) errors.push({ field: 'country', code: 'unknown-code', message: `${filter.country} is not a known ISO alpha-3 country code` });
    if (errors.length) throw new ValidationError(errors);
    return { ...(await this.uow.organisations.list((p - 1) * l, l, { type: filter.type, countryM49: country?.m49 })), page: p, limit: l };
  }

  /** Schema errors and what the schema cannot see (a name with text, a known country), every field at once. */
  private check(schema: TSchema, body: unknown): void {
    const errors = schemaErrors(schema, body);
    // A field the schema refused is not checked again: one error per field.
    const refused = new Set(errors.map((e) => e.field.split(/[.[]/)[0]));
    const input = (body && typeof body === 'object' ? body : {}) as OrganisationPatch;
    if (!refused.has('name') && input.name && !Object.keys(cleanLangMap(input.name)).length) errors.push({ field: 'name', code: 'required', message: 'Give the name in at least one language' });
    if (!refused.has('name') && !refused.has('originalLang') && input.name && input.originalLang && !cleanLangMap(input.name)[input.originalLang as Lang]) {
      errors.push({ field: 'originalLang', code: 'no-text', message: 'The name must be given in the original language' });
    }
    if (!refused.has('country') && typeof input.country === 'string' && !this.vocabulary.current().countryByIso3.has(input.country)) errors.push({ field: 'country', code: 'unknown-code', message: `${input.country} is not a known ISO alpha-3 country code` });
    if (errors.length) throw new ValidationError(errors);
  }

  async create(actor: Actor, body: unknown, opts: { id?: string; isSample?: boolean } = {}): Promise<Organisation> {
    authorize(actor, 'organisation:create');
    this.check(OrganisationInputSchema, body);
    const input = body as OrganisationInput;
    const now = this.clock().toISOString();
    const blank: Organisation = { id: opts.id ?? newId(), name: {}, originalLang: '', aliases: [], type: input.type as OrganisationType, isSample: opts.isSample ?? false, createdBy: actor.id, createdAt: now, updatedAt: now };
    const org = this.applyPatch(blank, input);
    await this.uow.transaction(async (s) => {
      await s.organisations.insert(org);
      await s.history.addVersion({ recordType: 'organisation', recordId: org.id, version: 1, author: actor.id ?? actor.label, createdAt: now, changedFields: Object.keys(input), snapshot: org });
    });
    return org;
  }

  /** Changes some fields (`null` clears an optional one); each change is a new version naming the changed fields. */
  async update(actor: Actor, id: string, body: unknown): Promise<Organisation> {
    return this.uow.transaction(async (s) => {
      const current = await s.organisations.get(id);
      if (!current || current.archivedAt) throw new NotFoundError('organisation', id);
      authorize(actor, 'organisation:update', organisationFacts(current));
      this.check(OrganisationPatchSchema, body);
      const next = this.applyPatch(current, body as OrganisationPatch);
      const changed = changedFields(current, next);
      if (!changed.length) return current;
      const saved = { ...next, updatedAt: this.clock().toISOString() };
      const version = (await s.history.versions('organisation', id)).length + 1;
      await s.organisations.update(saved);
      await s.history.addVersion({ recordType: 'organisation', recordId: id, version, author: actor.id ?? actor.label, createdAt: saved.updatedAt, changedFields: changed, snapshot: saved });
      return saved;
    });
  }

  /** The organisation after a validated input or patch. */
  private applyPatch(base: Organisation, patch: OrganisationPatch): Organisation {
    const { input, removed } = resolveNulls<OrganisationInput>(patch, { aliases: [] });
    const next: Organisation = { ...base };
    for (const field of removed) delete (next as unknown as Record<string, unknown>)[field];
    if (input.name) next.name = cleanLangMap(input.name);
    if (input.originalLang) next.originalLang = input.originalLang;
    else if (input.name && !next.name[next.originalLang as Lang]) next.originalLang = Object.keys(next.name)[0]!;
    if (input.aliases) next.aliases = input.aliases.map(cleanText).filter(Boolean);
    if (input.type) next.type = input.type as OrganisationType;
    if (input.ituMembership) next.ituMembership = input.ituMembership as ItuMembership;
    if (input.country) next.country = this.vocabulary.current().countryByIso3.get(input.country)!.m49;
    if (input.website) next.website = input.website;
    if (input.iatiId) next.iatiId = cleanText(input.iatiId) || undefined;
    return next;
  }
}

/** What the access module looks at: who created it, and the organisation itself (its editors edit it). */
function organisationFacts(o: Organisation): OrganisationFacts {
  return { createdBy: o.createdBy, organisationIds: [o.id] };
}
