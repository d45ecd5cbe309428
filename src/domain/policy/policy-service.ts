import { authorize, can, type Actor } from '../access/access.ts';
import { NotFoundError, ValidationError, type FieldError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { PolicyFilter, Stores, UnitOfWork } from '../ports.ts';
import type { WorkflowAction, WorkflowState } from '../review/workflow.ts';
import { ReviewService, newRecordFields, versionOf, type ReviewPort } from '../review/review-service.ts';
import { changedFields } from '../review/versions.ts';
import { probableDuplicates, type DuplicateCandidate, type DuplicateOf } from '../review/duplicates.ts';
import { schemaErrors } from '../validation.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { placeFilter } from '../vocabulary/place-filter.ts';
import { POLICY_THEMES, isPolicyTheme } from '../vocabulary/policy-theme.ts';
import type { Provenance } from '../initiative/initiative.ts';
import { EFFECTIVE_STATUSES, POLICY_LEVELS, POLICY_STATUSES, POLICY_TYPES, type Policy } from './policy.ts';
import { PolicyInputSchema, PolicyPatchSchema, type PolicyInput, type PolicyPatch } from './policy-input.ts';
import { applyPolicyInput, areaMembers, policySemanticErrors, resolvePolicyPatch } from './policy-build.ts';
import { countsByCountry, coverage, policyMatrix } from './policy-matrix.ts';

/** Query of the policy list, as the API and pages receive it (codes, not names). */
export interface PolicyQuery {
  type?: string;
  level?: string;
  country?: string; // ISO alpha-3: instruments that apply to it (national and regional)
  group?: string;
  region?: string;
  technology?: string;
  theme?: string;
  status?: string;
  year?: number;
  page?: number;
  limit?: number;
}

export interface PolicyCreateOptions {
  isSample?: boolean;
  provenance?: Provenance;
  id?: string;
  state?: WorkflowState;
}

const MAX_LIMIT = 100;
/** A country profile lists at most this many instruments of each level. */
const PROFILE_LIMIT = 100;
const ALL_STATES: WorkflowState[] = ['draft', 'submitted', 'changes-requested', 'published', 'declined'];

export class PolicyService {
  /** The shared review workflow, history, versions, restore and re-confirmation, bound to policies. */
  readonly review: ReviewService<Policy>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly vocabulary: VocabularyService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.review = new ReviewService(uow, policyReviewPort, clock);
  }

  /** What the actor may see: the public sees published records, moderators every state but archived. */
  private visibility(actor: Actor): Pick<PolicyFilter, 'states' | 'alsoCreatedBy'> {
    const seesAll = can(actor, 'record:review');
    return { states: seesAll ? ALL_STATES : ['published'], alsoCreatedBy: seesAll ? undefined : actor.id };
  }

  /** Turns codes into a store filter, naming every unknown code. */
  private filterFor(actor: Actor, q: PolicyQuery): PolicyFilter {
    const vocab = this.vocabulary.current();
    const { countrySets, errors } = placeFilter(vocab, q);
    if (q.technology && !vocab.techBySlug.has(q.technology)) errors.push({ field: 'technology', code: 'unknown-code', message: `${q.technology} is not a technology` });
    const oneOf = (field: keyof PolicyQuery, allowed: readonly string[]) => {
      const v = q[field];
      if (v !== undefined && !allowed.includes(String(v))) errors.push({ field, code: 'not-allowed', message: `Expected one of: ${allowed.join(', ')}` });
    };
    oneOf('type', POLICY_TYPES);
    oneOf('level', POLICY_LEVELS);
    oneOf('status', POLICY_STATUSES);
    oneOf('theme', POLICY_THEMES);
    if (errors.length) throw new ValidationError(errors);
    return {
      type: q.type,
      level: q.level,
      countrySets,
      technology: q.technology,
      theme: q.theme && isPolicyTheme(q.theme) ? q.theme : undefined,
      statuses: q.status ? [q.status] : undefined,
      year: q.year,
      ...this.visibility(actor),
    };
  }

  /** A page of the instruments the actor may see, newest change first. */
  async list(actor: Actor, q: PolicyQuery) {
    const page = Math.max(1, q.page ?? 1);
    const limit = Math.min(MAX_LIMIT, Math.max(1, q.limit ?? 20));
    const result = await this.uow.policies.list(this.filterFor(actor, q), (page - 1) * limit, limit);
    return { ...result, page, limit };
  }

  /** The record, or 404 when it does not exist or the actor may not see it. */
  async get(actor: Actor, id: string): Promise<Policy> {
    const record = await this.uow.policies.get(id);
    if (!record || !can(actor, 'record:read', record)) throw new NotFoundError('policy', id);
    return record;
  }

  /** The instruments a record relates to and those that relate to it, each only if the actor may see it. */
  async related(actor: Actor, policy: Policy) {
    const incoming = await this.uow.policies.referencing(policy.id);
    const visible = async (id: string) => {
      const p = await this.uow.policies.get(id);
      return p && can(actor, 'record:read', p) ? p : undefined;
    };
    const outgoing = await Promise.all(policy.relatedPolicies.map(async (r) => ({ relation: r.relation, direction: 'out' as const, policy: await visible(r.policyId) })));
    const back = await Promise.all(incoming.map(async (r) => ({ relation: r.relation, direction: 'in' as const, policy: await visible(r.policyId) })));
    return [...outgoing, ...back].filter((r): r is typeof r & { policy: Policy } => r.policy !== undefined);
  }

  /** Schema errors and semantic errors together, so a client learns every bad field at once. */
  private async validate(stores: Stores, schemaErrs: FieldError[], body: unknown, current?: Policy): Promise<void> {
    const sent = { ...(body && typeof body === 'object' ? body : {}) } as PolicyPatch;
    for (const e of schemaErrs) delete (sent as Record<string, unknown>)[e.field.split(/[.[]/)[0]!];
    // A cleared list is checked as the empty list it becomes (a regional instrument left with no members, …).
    const { input } = resolvePolicyPatch(sent);
    const policyIds = Array.isArray(input.relatedPolicies) ? input.relatedPolicies.map((r) => r.id) : [];
    const initiativeIds = Array.isArray(input.initiatives) ? [...new Set(input.initiatives.map((r) => r.id))] : [];
    const initiatives = await Promise.all(initiativeIds.map((id) => stores.initiatives.get(id)));
    const known = { policies: new Set(await stores.policies.existing(policyIds)), initiatives: new Set(initiatives.filter((i) => i !== undefined).map((i) => i.id)) };
    const errors = [...schemaErrs, ...policySemanticErrors(input, this.vocabulary.current(), known, current)];
    if (errors.length) throw new ValidationError(errors);
  }

  /** Creates an instrument (a draft unless told otherwise), with its first version, in one transaction. */
  async create(actor: Actor, body: unknown, opts: PolicyCreateOptions = {}): Promise<Policy> {
    authorize(actor, 'record:create');
    const now = this.clock().toISOString();
    return this.uow.transaction(async (stores) => {
      await this.validate(stores, schemaErrors(PolicyInputSchema, body), body);
      const input = body as PolicyInput;
      const record = applyPolicyInput(emptyPolicy(actor, input, opts, now), input, this.vocabulary.current());
      if (record.workflowState === 'archived') record.archivedAt = now;
      await stores.policies.insert(record);
      await stores.history.addVersion(version(record, actor, now, Object.keys(input)));
      return record;
    });
  }

  /**
   * The record as it would be after `body` (a new record, or the record `id` changed), validated the same way
   * as create and update, but not saved: the form's preview.
   */
  async preview(actor: Actor, body: unknown, id?: string): Promise<Policy> {
    const now = this.clock().toISOString();
    if (id === undefined) {
      authorize(actor, 'record:create');
      await this.validate(this.uow, schemaErrors(PolicyInputSchema, body), body);
      return applyPolicyInput(emptyPolicy(actor, body as PolicyInput, { provenance: { source: 'form' } }, now), body as PolicyInput, this.vocabulary.current());
    }
    const current = await this.get(actor, id);
    authorize(actor, 'record:update', policyReviewPort.facts(current));
    await this.validate(this.uow, schemaErrors(PolicyPatchSchema, body), body, current);
    return applyPolicyInput(current, body as PolicyPatch, this.vocabulary.current());
  }

  /** The moderation queue: instruments in one state (submitted by default), the count of every state and of each record's probable duplicates. Moderators only. */
  async queue(actor: Actor, state: WorkflowState = 'submitted', page = 1) {
    authorize(actor, 'record:review');
    const limit = 20;
    const [list, counts] = await Promise.all([this.uow.policies.list({ states: [state] }, (page - 1) * limit, limit), this.uow.policies.countByState()]);
    const duplicateCounts = Object.fromEntries(await Promise.all(list.items.map(async (p) => [p.id, (await this.duplicatesOf(actor, p)).length] as const)));
    return { ...list, page, limit, state, counts, duplicateCounts };
  }

  /** Probable duplicates of an instrument the actor may see (see `duplicatesOf`). */
  async duplicates(actor: Actor, id: string): Promise<DuplicateOf<Policy>[]> {
    return this.duplicatesOf(actor, await this.get(actor, id));
  }

  /**
   * Probable duplicates of an instrument that may not be saved yet: instruments of the same level sharing a
   * country (international ones: each other) whose title has at least half its words in common. Only
   * records the actor may read are named.
   */
  async duplicatesOf(actor: Actor, record: Policy): Promise<DuplicateOf<Policy>[]> {
    const countrySets = record.countries.length ? [record.countries] : undefined;
    const nearby = await this.uow.policies.list({ states: ALL_STATES, level: record.level, countrySets }, 0, 200);
    const related = nearby.items.filter((p) => p.id !== record.id && can(actor, 'record:read', p));
    const found = probableDuplicates(duplicateCandidate(record), related.map(duplicateCandidate));
    const byId = new Map(related.map((p) => [p.id, p]));
    return found.map((d) => ({ record: byId.get(d.id)!, reasons: d.reasons }));
  }

  /** Applies a partial update; every change is a new version naming the fields that changed. */
  async update(actor: Actor, id: string, body: unknown): Promise<Policy> {
    const now = this.clock().toISOString();
    return this.uow.transaction(async (stores) => {
      const current = await stores.policies.get(id);
      if (!current || !can(actor, 'record:read', current)) throw new NotFoundError('policy', id);
      authorize(actor, 'record:update', current);
      await this.validate(stores, schemaErrors(PolicyPatchSchema, body), body, current);
      const next = applyPolicyInput(current, body as PolicyPatch, this.vocabulary.current());
      const changed = changedFields(current, next);
      if (!changed.length) return current;
      const saved = { ...next, version: current.version + 1, updatedAt: now };
      await stores.policies.update(saved);
      await stores.history.addVersion(version(saved, actor, now, changed));
      return saved;
    });
  }

  /** Moves an instrument through the workflow (see ReviewService). */
  transition(actor: Actor, id: string, action: WorkflowAction, comment?: unknown, ip?: string): Promise<Policy> {
    return this.review.transition(actor, id, action, comment, ip);
  }

  /** The public review trail and the versions of a record the actor may see. */
  history(actor: Actor, id: string) {
    return this.review.history(actor, id);
  }

  /** The instruments of a country by level, and its national matrix technology × theme (effective instruments only). */
  async countryProfile(actor: Actor, iso3: string) {
    const vocab = this.vocabulary.current();
    const of = (level: string) => this.uow.policies.list({ ...this.filterFor(actor, { country: level === 'international' ? undefined : iso3, level }) }, 0, PROFILE_LIMIT);
    const [national, regional, international] = await Promise.all([of('national'), of('regional'), of('international')]);
    const effective = national.items.filter((p) => EFFECTIVE_STATUSES.includes(p.status));
    const matrix = policyMatrix(effective, vocab.technologies.map((t) => t.slug), POLICY_THEMES);
    return { national, regional, international, matrix };
  }

  /** Published, effective national instruments (the basis of coverage and comparison). */
  private effectiveNational(countrySets: string[][] = [], type?: string) {
    return this.uow.policies.facts({ states: ['published'], level: 'national', statuses: [...EFFECTIVE_STATUSES], countrySets, type });
  }

  /**
   * For each technology and theme, how many countries have an effective national instrument, among all
   * countries or a group's members. `type` narrows to one instrument type ("national AI strategies").
   */
  async coverage(q: { group?: string; type?: string }) {
    const vocab = this.vocabulary.current();
    const errors: FieldError[] = [];
    const population = q.group ? areaMembers(vocab, q.group) : vocab.countries.map((c) => c.m49);
    if (!population) errors.push({ field: 'group', code: 'unknown-code', message: `${q.group} is not a country group: use LDC, LLDC, SIDS or EIT` });
    if (q.type && !(POLICY_TYPES as readonly string[]).includes(q.type)) errors.push({ field: 'type', code: 'not-allowed', message: `Expected one of: ${POLICY_TYPES.join(', ')}` });
    if (errors.length) throw new ValidationError(errors);
    const facts = await this.effectiveNational([population!], q.type);
    return { group: q.group ?? null, type: q.type ?? null, ...coverage(facts, population!, vocab.technologies.map((t) => t.slug), POLICY_THEMES) };
  }

  /** Instrument counts by technology and theme for 2–4 countries side by side. */
  async compare(iso3s: string[]) {
    const vocab = this.vocabulary.current();
    const errors: FieldError[] = [];
    const unique = [...new Set(iso3s)];
    if (unique.length < 2 || unique.length > 4) errors.push({ field: 'countries', code: 'out-of-range', message: 'Compare 2 to 4 countries' });
    const countries = unique.map((c, i) => {
      const found = vocab.countryByIso3.get(c);
      if (!found) errors.push({ field: `countries[${i}]`, code: 'unknown-code', message: `${c} is not a known ISO alpha-3 country code` });
      return found;
    });
    if (errors.length) throw new ValidationError(errors);
    const m49s = countries.map((c) => c!.m49);
    const facts = await this.effectiveNational([m49s]);
    return { countries: countries.map((c) => c!), counts: countsByCountry(facts, m49s, vocab.technologies.map((t) => t.slug), POLICY_THEMES) };
  }
}

/** How the review workflow loads, saves and judges policies. */
export const policyReviewPort: ReviewPort<Policy> = {
  recordType: 'policy',
  load: (stores, id) => stores.policies.get(id),
  save: (stores, record) => stores.policies.update(record),
  facts: (record) => record,
  keepOnRestore: ['id', 'workflowState', 'createdBy', 'createdAt', 'archivedAt', 'isSample', 'provenance', 'lastVerified'],
};

const version = (record: Policy, actor: Actor, at: string, changed: string[]) => versionOf('policy', record, actor, at, changed);

/** An instrument with nothing in it yet, before the input is applied. */
function emptyPolicy(actor: Actor, input: PolicyInput, opts: PolicyCreateOptions, now: string): Policy {
  return {
    id: opts.id ?? newId(),
    title: {},
    summary: {},
    originalLang: (input.originalLang as Policy['originalLang']) ?? 'en',
    type: 'strategy',
    level: 'national',
    jurisdiction: {},
    countries: [],
    issuingBody: {},
    status: 'adopted',
    dates: {},
    themes: [],
    classifications: [],
    trustMarkers: [],
    links: [],
    relatedPolicies: [],
    initiatives: [],
    ...newRecordFields(actor, opts, now),
  };
}

function duplicateCandidate(p: Policy): DuplicateCandidate {
  return { id: p.id, titles: Object.values(p.title).filter((v): v is string => !!v), countries: p.countries, organisationIds: [], externalIds: {} };
}
