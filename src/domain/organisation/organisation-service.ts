import { authorize, type Actor } from '../access/access.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { UnitOfWork } from '../ports.ts';
import { schemaErrors } from '../validation.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { cleanLangMap } from '../initiative/initiative-build.ts';
import type { Organisation, OrganisationType, ItuMembership } from './organisation.ts';
import { OrganisationInputSchema, type OrganisationInput } from './organisation-input.ts';

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

  async list(page = 1, limit = 50) {
    const p = Math.max(1, page);
    const l = Math.min(200, Math.max(1, limit));
    return { ...(await this.uow.organisations.list((p - 1) * l, l)), page: p, limit: l };
  }

  async create(actor: Actor, body: unknown, opts: { id?: string; isSample?: boolean } = {}): Promise<Organisation> {
    authorize(actor, 'organisation:create');
    const errors = schemaErrors(OrganisationInputSchema, body);
    const input = body as OrganisationInput;
    const vocab = this.vocabulary.current();
    if (!errors.length) {
      if (!Object.keys(cleanLangMap(input.name)).length) errors.push({ field: 'name', code: 'required', message: 'Give the name in at least one language' });
      if (input.country && !vocab.countryByIso3.has(input.country)) errors.push({ field: 'country', code: 'unknown-code', message: `${input.country} is not a known ISO alpha-3 country code` });
    }
    if (errors.length) throw new ValidationError(errors);
    const now = this.clock().toISOString();
    const name = cleanLangMap(input.name);
    const org: Organisation = {
      id: opts.id ?? newId(),
      name,
      originalLang: (input.originalLang as string | undefined) ?? Object.keys(name)[0]!,
      aliases: (input.aliases ?? []).map((a) => a.normalize('NFC').trim()).filter(Boolean),
      type: input.type as OrganisationType,
      ituMembership: input.ituMembership as ItuMembership | undefined,
      country: input.country ? vocab.countryByIso3.get(input.country)!.m49 : undefined,
      website: input.website,
      iatiId: input.iatiId,
      isSample: opts.isSample ?? false,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    };
    await this.uow.transaction(async (s) => {
      await s.organisations.insert(org);
      await s.history.addVersion({ recordType: 'organisation', recordId: org.id, version: 1, author: actor.id ?? actor.label, createdAt: now, changedFields: Object.keys(input), snapshot: org });
    });
    return org;
  }
}
