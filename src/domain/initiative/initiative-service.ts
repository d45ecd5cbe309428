import { authorize, can, type Actor } from '../access/access.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { InitiativeFilter, ReviewEvent, Stores, UnitOfWork, VersionEntry } from '../ports.ts';
import { nextState, type WorkflowAction, type WorkflowState } from '../review/workflow.ts';
import { schemaErrors } from '../validation.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import type { Initiative, Provenance } from './initiative.ts';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from './initiative.ts';
import { InitiativeInputSchema, InitiativePatchSchema, type InitiativeInput } from './initiative-input.ts';
import { applyInput, cleanText, semanticErrors } from './initiative-build.ts';

/** Query of the initiative list, as the API and pages receive it (codes, not names). */
export interface InitiativeQuery {
  sdg?: number;
  target?: string;
  technology?: string;
  wsis?: string;
  country?: string; // ISO alpha-3
  group?: string; // LDC, LLDC, SIDS, EIT
  region?: string; // M49 region code or ITU region
  status?: string;
  kind?: string;
  organisation?: string;
  page?: number;
  limit?: number;
}

export interface CreateOptions {
  isSample?: boolean;
  provenance?: Provenance;
  id?: string;
  state?: WorkflowState;
}

const MAX_LIMIT = 100;

export class InitiativeService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly vocabulary: VocabularyService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Turns codes into a store filter, naming every unknown code. */
  private filterFor(actor: Actor, q: InitiativeQuery): InitiativeFilter {
    const vocab = this.vocabulary.current();
    const errors: FieldError[] = [];
    const countrySets: string[][] = [];
    if (q.country) {
      const c = vocab.countryByIso3.get(q.country);
      if (c) countrySets.push([c.m49]);
      else errors.push({ field: 'country', code: 'unknown-code', message: `${q.country} is not a known ISO alpha-3 country code` });
    }
    if (q.group) {
      const members = vocab.groupMembers(q.group);
      if (members) countrySets.push(members);
      else errors.push({ field: 'group', code: 'unknown-code', message: `${q.group} is not a country group: use LDC, LLDC, SIDS or EIT` });
    }
    if (q.region) {
      const members = vocab.countriesIn(q.region);
      if (members) countrySets.push(members);
      else errors.push({ field: 'region', code: 'unknown-code', message: `${q.region} is not an M49 region code (e.g. 002) or an ITU region (AFR, AMS, ARB, ASP, CIS, EUR)` });
    }
    if (q.sdg !== undefined && !vocab.goal(q.sdg)) errors.push({ field: 'sdg', code: 'unknown-code', message: `${q.sdg} is not an SDG goal number` });
    if (q.target && !vocab.targets.has(q.target)) errors.push({ field: 'target', code: 'unknown-code', message: `${q.target} is not an SDG target code` });
    if (q.technology && !vocab.techBySlug.has(q.technology)) errors.push({ field: 'technology', code: 'unknown-code', message: `${q.technology} is not a technology` });
    if (q.wsis && !vocab.wsisByCode.has(q.wsis)) errors.push({ field: 'wsis', code: 'unknown-code', message: `${q.wsis} is not a WSIS action line` });
    if (q.status && !(INITIATIVE_STATUSES as readonly string[]).includes(q.status)) errors.push({ field: 'status', code: 'not-allowed', message: `Expected one of: ${INITIATIVE_STATUSES.join(', ')}` });
    if (q.kind && !(INITIATIVE_KINDS as readonly string[]).includes(q.kind)) errors.push({ field: 'kind', code: 'not-allowed', message: `Expected one of: ${INITIATIVE_KINDS.join(', ')}` });
    if (errors.length) throw new ValidationError(errors);
    const seesAll = can(actor, 'record:review');
    return {
      sdg: q.sdg,
      target: q.target,
      technology: q.technology,
      wsis: q.wsis,
      countrySets,
      status: q.status,
      kind: q.kind,
      organisationId: q.organisation,
      states: seesAll ? ['draft', 'submitted', 'changes-requested', 'published', 'declined'] : ['published'],
      alsoCreatedBy: seesAll ? undefined : actor.id,
    };
  }

  /** A page of the records the actor may see, newest change first. */
  async list(actor: Actor, q: InitiativeQuery) {
    const page = Math.max(1, q.page ?? 1);
    const limit = Math.min(MAX_LIMIT, Math.max(1, q.limit ?? 20));
    const result = await this.uow.initiatives.list(this.filterFor(actor, q), (page - 1) * limit, limit);
    return { ...result, page, limit };
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

  /** Creates a record (a draft unless told otherwise), with its first version, in one transaction. */
  async create(actor: Actor, body: unknown, opts: CreateOptions = {}): Promise<Initiative> {
    authorize(actor, 'record:create');
    const now = this.clock().toISOString();
    return this.uow.transaction(async (stores) => {
      await this.validate(stores, schemaErrors(InitiativeInputSchema, body), body);
      const input = body as InitiativeInput;
      const empty: Initiative = {
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
        provenance: opts.provenance ?? { source: 'api' },
        workflowState: opts.state ?? 'draft',
        isSample: opts.isSample ?? false,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      const record = applyInput(empty, input, this.vocabulary.current());
      if (record.workflowState === 'archived') record.archivedAt = now;
      await stores.initiatives.insert(record);
      await stores.history.addVersion(version(record, actor, now, Object.keys(input)));
      return record;
    });
  }

  /** Applies a partial update; every change is a new version naming the fields that changed. */
  async update(actor: Actor, id: string, body: unknown): Promise<Initiative> {
    const now = this.clock().toISOString();
    return this.uow.transaction(async (stores) => {
      const current = await stores.initiatives.get(id);
      if (!current || !can(actor, 'record:read', current)) throw new NotFoundError('initiative', id);
      authorize(actor, 'record:update', { ...current, organisationIds: current.organisations.map((o) => o.organisationId) });
      await this.validate(stores, schemaErrors(InitiativePatchSchema, body), body);
      const next = applyInput(current, body as Partial<InitiativeInput>, this.vocabulary.current());
      const changed = changedFields(current, next);
      if (!changed.length) return current;
      const saved = { ...next, version: current.version + 1, updatedAt: now };
      await stores.initiatives.update(saved);
      await stores.history.addVersion(version(saved, actor, now, changed));
      return saved;
    });
  }

  /** Moves a record through the workflow; a move the workflow does not allow is a 409. */
  async transition(actor: Actor, id: string, action: WorkflowAction, comment?: unknown): Promise<Initiative> {
    if (comment !== undefined && comment !== null && (typeof comment !== 'string' || comment.length > 5000)) {
      throw new ValidationError([{ field: 'comment', code: 'invalid', message: 'A comment is a text of at most 5,000 characters' }]);
    }
    const now = this.clock().toISOString();
    return this.uow.transaction(async (stores) => {
      const current = await stores.initiatives.get(id);
      if (!current || !can(actor, 'record:read', current)) throw new NotFoundError('initiative', id);
      const isOwnSubmit = action === 'submit' && current.createdBy === actor.id;
      if (!isOwnSubmit) authorize(actor, 'record:review', current);
      const to = nextState(current.workflowState, action);
      if (!to) throw new ConflictError(`An initiative in state ${current.workflowState} cannot be moved by ${action}`);
      const saved: Initiative = { ...current, workflowState: to, updatedAt: now, version: current.version + 1, archivedAt: to === 'archived' ? now : current.archivedAt };
      await stores.initiatives.update(saved);
      await stores.history.addVersion(version(saved, actor, now, ['workflowState']));
      const event: ReviewEvent = { id: newId(), recordType: 'initiative', recordId: id, action, fromState: current.workflowState, toState: to, actor: actor.id ?? actor.label, comment: typeof comment === 'string' ? cleanText(comment) || undefined : undefined, createdAt: now };
      await stores.history.addReviewEvent(event);
      return saved;
    });
  }

  /** The public review trail and the versions of a record the actor may see. */
  async history(actor: Actor, id: string) {
    await this.get(actor, id);
    const [events, versions] = await Promise.all([this.uow.history.reviewEvents('initiative', id), this.uow.history.versions('initiative', id)]);
    return { events, versions: versions.map(({ snapshot: _s, ...v }) => v) };
  }
}

const IGNORED = new Set(['updatedAt', 'version']);

/** Top-level fields whose value differs between two versions of a record. */
export function changedFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !IGNORED.has(k) && JSON.stringify((a as never)[k]) !== JSON.stringify((b as never)[k])).sort();
}

function version(record: Initiative, actor: Actor, at: string, changed: string[]): VersionEntry {
  return { recordType: 'initiative', recordId: record.id, version: record.version, author: actor.id ?? actor.label, createdAt: at, changedFields: changed, snapshot: record };
}
