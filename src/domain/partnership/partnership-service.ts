import { authorize, can, type Actor, type ConnectionFacts } from '../access/access.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { PostFilter, Stores, UnitOfWork } from '../ports.ts';
import { schemaErrors } from '../validation.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { placeFilter } from '../vocabulary/place-filter.ts';
import type { InitiativeService } from '../initiative/initiative-service.ts';
import type { Policy } from '../policy/policy.ts';
import type { PolicyService } from '../policy/policy-service.ts';
import type { Initiative } from '../initiative/initiative.ts';
import { claimedCodes } from '../classification/classification.ts';
import { cleanLangMap, cleanText } from '../initiative/initiative-build.ts';
import type { Lang } from '../vocabulary/language.ts';
import type { Connection, ConnectionEvent, HelpKind, Post, PostKind } from './partnership.ts';
import { ConnectionInputSchema, PostInputSchema, PublishInputSchema, type PostInput } from './partnership-input.ts';
import { rankMatches, type MatchProfile } from './match.ts';

/** The longest note an answer to a connection may carry (as long as the request's message). */
const MAX_NOTE = 2000;

/** Filters of the needs and offers lists, as the API receives them. */
export interface PostQuery {
  country?: string;
  group?: string;
  region?: string;
  technology?: string;
  target?: string;
  help?: string;
  status?: string;
  page?: number;
  limit?: number;
}

/** A match as the API returns it: what it is, how well it matches and why. */
type Reasons = ReturnType<typeof rankMatches>[number]['reasons'];
export type Match =
  | { type: 'offer'; id: string; score: number; reasons: Reasons; item: Post }
  | { type: 'initiative'; id: string; score: number; reasons: Reasons; item: Initiative }
  | { type: 'policy'; id: string; score: number; reasons: Reasons; item: Policy };

const CANDIDATES_PER_TOPIC = 50;

/** Needs, offers, the matches Leapfrog suggests, and connections made with the consent of both sides. */
export class PartnershipService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly vocabulary: VocabularyService,
    private readonly initiatives: InitiativeService,
    private readonly clock: () => Date = () => new Date(),
    private readonly policies?: PolicyService,
  ) {}

  /** Posts a need or an offer; the poster owns it. */
  async create(actor: Actor, kind: PostKind, body: unknown, opts: { id?: string; isSample?: boolean } = {}): Promise<Post> {
    authorize(actor, 'post:create');
    const vocab = this.vocabulary.current();
    const errors = schemaErrors(PostInputSchema, body);
    const bad = new Set(errors.map((e) => e.field.split(/[.[]/)[0]));
    const input = body as PostInput;
    const check = (field: string, ok: boolean, message: string) => ok || errors.push({ field, code: 'unknown-code', message });
    if (!bad.has('title') && !Object.keys(cleanLangMap(input.title)).length) errors.push({ field: 'title', code: 'required', message: 'Give the title in at least one language' });
    if (!bad.has('description') && !Object.keys(cleanLangMap(input.description)).length) errors.push({ field: 'description', code: 'required', message: 'Describe it in at least one language' });
    if (!bad.has('title') && !bad.has('originalLang') && input.originalLang && Object.keys(cleanLangMap(input.title)).length && !cleanLangMap(input.title)[input.originalLang as Lang]) {
      errors.push({ field: 'originalLang', code: 'no-text', message: 'The title must be given in the original language' });
    }
    if (!bad.has('country') && input.country) check('country', vocab.countryByIso3.has(input.country), `${input.country} is not a known ISO alpha-3 country code`);
    if (!bad.has('technologies')) (input.technologies ?? []).forEach((t, i) => check(`technologies[${i}]`, vocab.techBySlug.has(t), `${t} is not a technology`));
    if (!bad.has('sdgTargets')) (input.sdgTargets ?? []).forEach((t, i) => check(`sdgTargets[${i}]`, vocab.targets.has(t), `${t} is not an SDG target code`));
    if (!bad.has('organisation') && input.organisation) check('organisation', !!(await this.uow.organisations.get(input.organisation)), `No organisation with id ${input.organisation}`);
    if (errors.length) throw new ValidationError(errors);
    const now = this.clock().toISOString();
    const title = cleanLangMap(input.title);
    const post: Post = {
      id: opts.id ?? newId(),
      kind,
      title,
      description: cleanLangMap(input.description),
      originalLang: (input.originalLang as Lang | undefined) ?? (Object.keys(title)[0] as Lang),
      country: input.country ? vocab.countryByIso3.get(input.country)!.m49 : undefined,
      organisationId: input.organisation,
      technologies: [...new Set(input.technologies ?? [])],
      sdgTargets: [...new Set(input.sdgTargets ?? [])],
      helpKinds: [...new Set(input.helpKinds)] as HelpKind[],
      contact: cleanText(input.contact),
      status: 'open',
      isSample: opts.isSample ?? false,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    };
    await this.uow.transaction((s) => s.partnership.insertPost(post));
    return post;
  }

  async get(kind: PostKind, id: string): Promise<Post> {
    const post = await this.uow.partnership.getPost(id);
    if (!post || post.kind !== kind) throw new NotFoundError(kind, id);
    return post;
  }

  /** The actor's own open needs or offers (to offer them in a connection form). */
  async own(actor: Actor, kind: PostKind): Promise<Post[]> {
    if (actor.id === undefined) return [];
    return (await this.uow.partnership.listPosts({ kind, status: 'open', createdBy: actor.id }, 0, 100)).items;
  }

  /** May the actor answer this connection, or publish it? (pages show the forms only then) */
  async permissions(actor: Actor, c: Connection) {
    const f = await this.facts(c);
    return { mayAnswer: can(actor, 'connection:respond', f), mayPublish: can(actor, 'connection:contact', f) && !c.isPublic };
  }

  /** A page of needs or offers, newest first, filtered by codes. */
  async list(kind: PostKind, q: PostQuery) {
    const vocab = this.vocabulary.current();
    const { countrySets, errors } = placeFilter(vocab, q);
    if (q.technology && !vocab.techBySlug.has(q.technology)) errors.push({ field: 'technology', code: 'unknown-code', message: `${q.technology} is not a technology` });
    if (q.target && !vocab.targets.has(q.target)) errors.push({ field: 'target', code: 'unknown-code', message: `${q.target} is not an SDG target code` });
    if (errors.length) throw new ValidationError(errors);
    const page = Math.max(1, q.page ?? 1);
    const limit = Math.min(100, Math.max(1, q.limit ?? 20));
    const filter: PostFilter = { kind, status: q.status ?? 'open', countrySets, technology: q.technology, target: q.target, helpKind: q.help };
    return { ...(await this.uow.partnership.listPosts(filter, (page - 1) * limit, limit)), page, limit };
  }

  /**
   * Offers, and published initiatives and policies elsewhere, that answer a need, best first, each with its
   * reasons. Candidates share a technology or an SDG goal with the need (offers also by kind of help).
   */
  async matches(actor: Actor, needId: string, limit = 20): Promise<Match[]> {
    const need = await this.get('need', needId);
    const vocab = this.vocabulary.current();
    const offers = (await this.uow.partnership.listPosts({ kind: 'offer', status: 'open' }, 0, 1000)).items.filter((o) => o.id !== need.id);
    const initiatives = new Map<string, Initiative>();
    const goals = [...new Set(need.sdgTargets.map((t) => Number(t.split('.')[0])))];
    const lists = await Promise.all([
      ...need.technologies.map((technology) => this.initiatives.list(actor, { technology, limit: CANDIDATES_PER_TOPIC })),
      ...goals.map((sdg) => this.initiatives.list(actor, { sdg, limit: CANDIDATES_PER_TOPIC })),
    ]);
    for (const l of lists) for (const i of l.items) initiatives.set(i.id, i);
    // Policies are found by technology (their list filter); their SDG links count in the score.
    const policies = new Map<string, Policy>();
    if (this.policies) {
      const policyLists = await Promise.all(need.technologies.map((technology) => this.policies!.list(actor, { technology, limit: CANDIDATES_PER_TOPIC })));
      for (const l of policyLists) for (const p of l.items) policies.set(p.id, p);
    }
    const profile = (p: Post): MatchProfile => ({ technologies: p.technologies, sdgTargets: p.sdgTargets, helpKinds: p.helpKinds, countries: p.country ? [p.country] : [] });
    const candidates = [
      ...offers.map((o) => ({ type: 'offer', id: o.id, profile: profile(o), item: o as Post | Initiative | Policy })),
      ...[...initiatives.values()].map((i) => ({
        type: 'initiative',
        id: i.id,
        profile: { technologies: claimedCodes(i.classifications, 'technology'), sdgTargets: claimedCodes(i.classifications, 'sdg-target'), countries: i.countries },
        item: i as Post | Initiative | Policy,
      })),
      ...[...policies.values()].map((p) => ({
        type: 'policy',
        id: p.id,
        profile: { technologies: claimedCodes(p.classifications, 'technology'), sdgTargets: claimedCodes(p.classifications, 'sdg-target'), countries: p.countries },
        item: p as Post | Initiative | Policy,
      })),
    ];
    return rankMatches(profile(need), candidates, vocab, limit) as Match[];
  }

  /** The two sides and their owners. Inside a transaction, pass its stores (SQLite has one connection: reading outside would wait forever). */
  private async facts(c: Pick<Connection, 'needId' | 'offerId'> & Partial<Connection>, stores: Stores = this.uow): Promise<ConnectionFacts & { need: Post; offer: Post }> {
    const [need, offer] = await Promise.all([stores.partnership.getPost(c.needId), stores.partnership.getPost(c.offerId)]);
    const errors: FieldError[] = [];
    if (!need || need.kind !== 'need') errors.push({ field: 'need', code: 'unknown-code', message: `No need with id ${c.needId}` });
    if (!offer || offer.kind !== 'offer') errors.push({ field: 'offer', code: 'unknown-code', message: `No offer with id ${c.offerId}` });
    if (errors.length) throw new ValidationError(errors);
    return { need: need!, offer: offer!, needOwner: need!.createdBy, offerOwner: offer!.createdBy, requestedBy: c.requestedBy, status: c.status };
  }

  private event(connectionId: string, actor: Actor, action: ConnectionEvent['action'], note?: string): ConnectionEvent {
    return { id: newId(), connectionId, actor: actor.id ?? actor.label, action, note: note ? cleanText(note) || undefined : undefined, createdAt: this.clock().toISOString() };
  }

  /** The owner of a need or of an offer asks to connect them; the other side is asked to agree. */
  async request(actor: Actor, body: unknown): Promise<Connection> {
    const errors = schemaErrors(ConnectionInputSchema, body);
    if (errors.length) throw new ValidationError(errors);
    const input = body as { need: string; offer: string; message?: string };
    const f = await this.facts({ needId: input.need, offerId: input.offer });
    authorize(actor, 'connection:request', f);
    const now = this.clock().toISOString();
    return this.uow.transaction(async (s) => {
      if (await s.partnership.connectionFor(input.need, input.offer)) throw new ConflictError('These two are already connected or asked to be');
      const c: Connection = {
        id: newId(),
        needId: input.need,
        offerId: input.offer,
        requestedBy: actor.id!,
        requestedSide: f.needOwner === actor.id ? 'need' : 'offer',
        status: 'requested',
        isPublic: false,
        publicSummary: {},
        createdAt: now,
        updatedAt: now,
      };
      await s.partnership.saveConnection(c);
      await s.partnership.addEvent(this.event(c.id, actor, 'requested', input.message));
      return c;
    });
  }

  /** The connection, its recorded exchange, and the contact details of both sides when the actor may see them. */
  async connection(actor: Actor, id: string) {
    const c = await this.uow.partnership.getConnection(id);
    if (!c) throw new NotFoundError('connection', id);
    const f = await this.facts(c);
    // A connection that is not public is private to its two sides (and moderators): others get 404.
    if (!can(actor, 'connection:read', f) && !(c.isPublic && c.status === 'accepted')) throw new NotFoundError('connection', id);
    const parties = can(actor, 'connection:read', f);
    const contacts = can(actor, 'connection:contact', f) ? { need: f.need.contact, offer: f.offer.contact } : null;
    return { connection: c, need: f.need, offer: f.offer, contacts, events: parties ? await this.uow.partnership.events(id) : [] };
  }

  /** The side that was asked accepts or declines; accepting shares both sides' contact details with each other. */
  async respond(actor: Actor, id: string, answer: 'accept' | 'decline', note?: unknown): Promise<Connection> {
    if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE)) {
      throw new ValidationError([{ field: 'note', code: typeof note === 'string' ? 'too-long' : 'invalid', message: 'A note is a text of at most 2,000 characters' }]);
    }
    return this.uow.transaction(async (s) => {
      const c = await s.partnership.getConnection(id);
      if (!c) throw new NotFoundError('connection', id);
      const f = await this.facts(c, s);
      if (!can(actor, 'connection:read', f)) throw new NotFoundError('connection', id);
      if (c.status !== 'requested') throw new ConflictError(`This connection was ${c.status} already`);
      authorize(actor, 'connection:respond', f);
      const next: Connection = { ...c, status: answer === 'accept' ? 'accepted' : 'declined', updatedAt: this.clock().toISOString() };
      await s.partnership.saveConnection(next);
      await s.partnership.addEvent(this.event(id, actor, next.status as 'accepted' | 'declined', note as string | undefined));
      return next;
    });
  }

  /** Either side of an accepted connection makes it public as a partnership, with a summary. */
  async publish(actor: Actor, id: string, body: unknown): Promise<Connection> {
    const errors = schemaErrors(PublishInputSchema, body);
    const summary = errors.length ? {} : cleanLangMap((body as { summary: Record<string, string> }).summary);
    if (!errors.length && !Object.keys(summary).length) errors.push({ field: 'summary', code: 'required', message: 'Summarise the partnership in at least one language' });
    if (errors.length) throw new ValidationError(errors);
    return this.uow.transaction(async (s) => {
      const c = await s.partnership.getConnection(id);
      if (!c) throw new NotFoundError('connection', id);
      const f = await this.facts(c, s);
      if (!can(actor, 'connection:read', f)) throw new NotFoundError('connection', id);
      // Publishing needs the same consent as seeing contacts: both sides agreed, and the actor is one of them.
      authorize(actor, 'connection:contact', f);
      const next: Connection = { ...c, isPublic: true, publicSummary: summary, updatedAt: this.clock().toISOString() };
      await s.partnership.saveConnection(next);
      await s.partnership.addEvent(this.event(id, actor, 'made-public'));
      return next;
    });
  }

  /** Partnerships made public by their sides, newest first. */
  async partnerships(page = 1, limit = 20) {
    const p = Math.max(1, page);
    const l = Math.min(100, Math.max(1, limit));
    return { ...(await this.uow.partnership.publicConnections((p - 1) * l, l)), page: p, limit: l };
  }
}
