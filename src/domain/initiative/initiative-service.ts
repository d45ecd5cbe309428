import { authorize, can, type Actor } from '../access/access.ts';
import { NotFoundError, ValidationError, type FieldError } from '../errors.ts';
import { queryErrors } from './initiative-query.ts';
import { newId } from '../ids.ts';
import type { AfterSave, InitiativeFilter, Stores, UnitOfWork, VersionEntry } from '../ports.ts';
import type { WorkflowAction, WorkflowState } from '../review/workflow.ts';
import { ReviewService, newRecordFields, versionOf, type ReviewPort } from '../review/review-service.ts';
import { changedFields } from '../review/versions.ts';
import { probableDuplicates, type DuplicateCandidate, type DuplicateOf as ReviewDuplicateOf } from '../review/duplicates.ts';
import { freshnessWindow, type Freshness } from '../review/freshness.ts';
import { schemaErrors } from '../validation.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { placeFilter } from '../vocabulary/place-filter.ts';
import type { Initiative, Provenance } from './initiative.ts';
import { InitiativeInputSchema, InitiativePatchSchema, type InitiativeInput, type InitiativePatch } from './initiative-input.ts';
import { applyInput, semanticErrors } from './initiative-build.ts';

export type { InitiativeQuery } from './initiative-query.ts';
import type { InitiativeQuery } from './initiative-query.ts';

export interface CreateOptions {
  isSample?: boolean;
  provenance?: Provenance;
  id?: string;
  state?: WorkflowState;
  /** Writes that belong to this creation (the form's suggestion decisions), in its transaction. */
  afterSave?: AfterSave<Initiative>;
}

const MAX_LIMIT = 100;

export class InitiativeService {
  /** The shared review workflow, history and versions, bound to initiatives. */
  readonly review: ReviewService<Initiative>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly vocabulary: VocabularyService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.review = new ReviewService(uow, initiativeReviewPort, clock);
  }

  /** Turns codes into a store filter, naming every unknown code. */
  private filterFor(actor: Actor, q: InitiativeQuery): InitiativeFilter {
    const vocab = this.vocabulary.current();
    const errors = queryErrors(vocab, q);
    if (errors.length) throw new ValidationError(errors);
    const countrySets: string[][] = [];
    if (q.country) countrySets.push([vocab.countryByIso3.get(q.country)!.m49]);
    if (q.group) countrySets.push(vocab.groupMembers(q.group)!);
    if (q.region) countrySets.push(vocab.countriesIn(q.region)!);
    const seesAll = can(actor, 'record:review');
    const states: WorkflowState[] = q.freshness ? ['published'] : seesAll ? (q.state ? [q.state] : ['draft', 'submitted', 'changes-requested', 'published', 'declined']) : ['published'];
    return {
      ...(q.freshness ? freshnessWindow(q.freshness, this.clock()) : {}),
      sdg: q.sdg,
      target: q.target,
      technology: q.technology,
      wsis: q.wsis,
      countrySets,
      status: q.status,
      kind: q.kind,
      organisationId: q.organisation,
      states,
      alsoCreatedBy: seesAll || q.freshness ? undefined : actor.id,
    };
  }

  /** A page of the records the actor may see, newest change first. */
  async list(actor: Actor, q: InitiativeQuery) {
    const page = Math.max(1, q.page ?? 1);
    const limit = Math.min(MAX_LIMIT, Math.max(1, q.limit ?? 20));
    const result = await this.uow.initiatives.list(this.filterFor(actor, q), (page - 1) * limit, limit);
    return { ...result, page, limit };
  }

  /** The moderation queue: records in one state (submitted by default), the count of every state and of each record's probable duplicates. Moderators only. */
  async queue(actor: Actor, state: WorkflowState = 'submitted', page = 1) {
    authorize(actor, 'record:review');
    const [list, counts] = await Promise.all([this.list(actor, { state, page }), this.uow.initiatives.countByState()]);
    // Moderators see at a glance which records may describe an initiative already known.
    const duplicateCounts = Object.fromEntries(await Promise.all(list.items.map(async (i) => [i.id, (await this.duplicatesOf(actor, i)).length] as const)));
    return { ...list, state, counts, duplicateCounts };
  }

  /** Published totals for the home page. */
  async counts(actor: Actor) {
    return this.uow.initiatives.counts(this.filterFor(actor, {}));
  }

  /** The record, or 404 when it does not exist or the actor may not see it (unpublished records stay hidden). */
  async get(actor: Actor, id: string): Promise<Initiative> {
    const record = await this.uow.initiatives.get(id);
    if (!record || !can(actor, 'record:read', record)) throw new NotFoundError('initiative', id);
    return record;
  }

  /**
   * Schema errors and vocabulary errors together, so a client learns every bad field at once.
   * Vocabulary checks skip the top-level fields that already failed the schema.
   */
  private async validate(stores: Stores, schemaErrs: FieldError[], body: unknown): Promise<void> {
    const input = { ...(body && typeof body === 'object' ? body : {}) } as Partial<InitiativeInput>;
    for (const e of schemaErrs) delete (input as Record<string, unknown>)[e.field.split(/[.[]/)[0]!];
    const orgIds = Array.isArray(input.organisations) ? input.organisations.map((o) => o.id) : [];
    const known = new Set((await stores.organisations.getMany(orgIds)).map((o) => o.id));
    const errors = [...schemaErrs, ...semanticErrors(input, this.vocabulary.current(), known)];
    if (errors.length) throw new ValidationError(errors);
  }

  /** Validates a body exactly as `create` (or `update`) would, writing nothing: dry runs and upload previews. */
  async check(body: unknown, mode: 'create' | 'update' = 'create'): Promise<void> {
    await this.validate(this.uow, schemaErrors(mode === 'create' ? InitiativeInputSchema : InitiativePatchSchema, body), body);
  }

  /** Creates a record (a draft unless told otherwise), with its first version, in one transaction. */
  async create(actor: Actor, body: unknown, opts: CreateOptions = {}): Promise<Initiative> {
    authorize(actor, 'record:create');
    const now = this.clock().toISOString();
    return this.uow.transaction(async (stores) => {
      await this.validate(stores, schemaErrors(InitiativeInputSchema, body), body);
      const input = body as InitiativeInput;
      const record = applyInput(emptyRecord(actor, input, opts, now), input, this.vocabulary.current());
      if (record.workflowState === 'archived') record.archivedAt = now;
      await stores.initiatives.insert(record);
      await stores.history.addVersion(version(record, actor, now, Object.keys(input)));
      return opts.afterSave ? opts.afterSave(stores, record) : record;
    });
  }

  /**
   * The record as it would be after `body` (a new record, or the record `id` changed), validated the same way
   * as create and update, but not saved: the form's preview.
   */
  async preview(actor: Actor, body: unknown, id?: string): Promise<Initiative> {
    const now = this.clock().toISOString();
    if (id === undefined) {
      authorize(actor, 'record:create');
      await this.validate(this.uow, schemaErrors(InitiativeInputSchema, body), body);
      return applyInput(emptyRecord(actor, body as InitiativeInput, { provenance: { source: 'form' } }, now), body as InitiativeInput, this.vocabulary.current());
    }
    const current = await this.get(actor, id);
    authorize(actor, 'record:update', initiativeReviewPort.facts(current));
    await this.validate(this.uow, schemaErrors(InitiativePatchSchema, body), body);
    return applyInput(current, body as InitiativePatch, this.vocabulary.current());
  }

  /**
   * Applies a partial update; every change is a new version naming the fields that changed. `afterSave` (the
   * form's suggestion decisions) runs in the same transaction, even when the update itself changed nothing.
   */
  async update(actor: Actor, id: string, body: unknown, afterSave?: AfterSave<Initiative>): Promise<Initiative> {
    const now = this.clock().toISOString();
    return this.uow.transaction(async (stores) => {
      const current = await stores.initiatives.get(id);
      if (!current || !can(actor, 'record:read', current)) throw new NotFoundError('initiative', id);
      authorize(actor, 'record:update', { ...current, organisationIds: current.organisations.map((o) => o.organisationId) });
      await this.validate(stores, schemaErrors(InitiativePatchSchema, body), body);
      const next = applyInput(current, body as InitiativePatch, this.vocabulary.current());
      const changed = changedFields(current, next);
      const then = (record: Initiative) => (afterSave ? afterSave(stores, record) : record);
      if (!changed.length) return then(current);
      const saved = { ...next, version: current.version + 1, updatedAt: now };
      await stores.initiatives.update(saved);
      await stores.history.addVersion(version(saved, actor, now, changed));
      return then(saved);
    });
  }

  /** Moves a record through the workflow (see ReviewService). */
  transition(actor: Actor, id: string, action: WorkflowAction, comment?: unknown, ip?: string): Promise<Initiative> {
    return this.review.transition(actor, id, action, comment, ip);
  }

  /** The public review trail and the versions of a record the actor may see. */
  history(actor: Actor, id: string) {
    return this.review.history(actor, id);
  }

  /**
   * Probable duplicates of a record the actor may see: records sharing a country, an organisation or an
   * external id whose title is similar or whose external id is the same. Only records the actor may read are named.
   */
  async duplicates(actor: Actor, id: string): Promise<DuplicateOf[]> {
    return this.duplicatesOf(actor, await this.get(actor, id));
  }

  /** Probable duplicates of a record that may not be saved yet (a preview). */
  async duplicatesOf(actor: Actor, record: Initiative): Promise<DuplicateOf[]> {
    const related = (await this.uow.initiatives.related(record, 200)).filter((r) => can(actor, 'record:read', r));
    const found = probableDuplicates(duplicateCandidate(record), related.map(duplicateCandidate));
    const byId = new Map(related.map((r) => [r.id, r]));
    return found.map((d) => ({ record: byId.get(d.id)!, reasons: d.reasons }));
  }
}

/** A probable duplicate initiative with why it is one. */
export type DuplicateOf = ReviewDuplicateOf<Initiative>;

/** A record with nothing in it yet, before the input is applied. */
function emptyRecord(actor: Actor, input: InitiativeInput, opts: CreateOptions, now: string): Initiative {
  return {
    id: opts.id ?? newId(),
    title: {},
    summary: {},
    description: {},
    originalLang: (input.originalLang as Initiative['originalLang']) ?? 'en',
    kind: 'project',
    status: 'pipeline',
    dates: {},
    countries: [],
    organisations: [],
    classifications: [],
    trustMarkers: [],
    impact: {},
    impactMetrics: [],
    partnerships: {},
    lessons: {},
    replicability: {},
    links: [],
    externalIds: {},
    ...newRecordFields(actor, opts, now),
  };
}

function duplicateCandidate(i: Initiative): DuplicateCandidate {
  return { id: i.id, titles: Object.values(i.title).filter((v): v is string => !!v), countries: i.countries, organisationIds: i.organisations.map((o) => o.organisationId), externalIds: { ...i.externalIds } };
}

/** How the review workflow loads, saves and judges initiatives. */
export const initiativeReviewPort: ReviewPort<Initiative> = {
  recordType: 'initiative',
  load: (stores, id) => stores.initiatives.get(id),
  save: (stores, record) => stores.initiatives.update(record),
  facts: (record) => ({ ...record, organisationIds: record.organisations.map((o) => o.organisationId) }),
  keepOnRestore: ['id', 'workflowState', 'createdBy', 'createdAt', 'archivedAt', 'isSample', 'provenance', 'lastVerified'],
};

function version(record: Initiative, actor: Actor, at: string, changed: string[]): VersionEntry {
  return versionOf('initiative', record, actor, at, changed);
}
