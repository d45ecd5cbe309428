import { authorize, type Actor } from '../access/access.ts';
import { stableId } from '../ids.ts';
import type { UnitOfWork } from '../ports.ts';
import type { InitiativeService } from '../initiative/initiative-service.ts';
import type { OrganisationService } from '../organisation/organisation-service.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { syntheticStream } from './synthetic.ts';
import type { PolicyService } from '../policy/policy-service.ts';
import type { ImportLine, ParticipationService } from '../participation/participation-service.ts';
import type { PartnershipService } from '../partnership/partnership-service.ts';

/** The team-written sample content: organisations and initiatives keyed by a readable key. */
export interface SampleContent {
  organisations: ({ key: string } & Record<string, unknown>)[];
  initiatives: ({ key: string; organisations?: { org: string; role: string }[] } & Record<string, unknown>)[];
  /** Policies name related policies (`policy`, earlier in the list) and initiatives (`initiative`) by key. */
  policies: ({ key: string; relatedPolicies?: { policy: string; relation: string }[]; initiatives?: { initiative: string; relation: string }[] } & Record<string, unknown>)[];
  /** Real bodies with plausible meetings, and synthetic participation rows (in the import's own format). */
  participation?: { bodies: ({ code: string } & Record<string, unknown>)[]; meetings: ({ body: string; code: string } & Record<string, unknown>)[]; rows: ImportLine[] };
  /** Needs and offers in several languages, in the API's input format. */
  posts?: ({ key: string; kind: 'need' | 'offer' } & Record<string, unknown>)[];
}

export interface SampleCounts {
  organisations: number;
  initiatives: number;
  policies: number;
  participations: number;
  posts: number;
}

export const SAMPLE_ACTOR_ID = 'sample';
const LOADED_KEY = 'sample.loaded-at';

/** Synthetic records per transaction: big transactions make bulk generation fast (one commit per batch). */
const GENERATE_BATCH = 5_000;
/**
 * Synthetic records per write inside a transaction: a few hundred records, their rows and index
 * entries die young (the garbage collector's cheap generation); 5,000 at once outgrow it.
 */
const GENERATE_CHUNK = 500;

/** Loads and removes the sample content. Sample records are published, flagged and shown with a banner. */
export class SampleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly initiatives: InitiativeService,
    private readonly organisations: OrganisationService,
    private readonly policies: PolicyService,
    private readonly content: () => SampleContent,
    private readonly participation?: ParticipationService,
    private readonly partnership?: PartnershipService,
  ) {}

  /** Loads what is not loaded yet (ids are stable, so a second load adds nothing). */
  async load(actor: Actor): Promise<SampleCounts> {
    authorize(actor, 'sample:manage');
    const sampleActor: Actor = { id: SAMPLE_ACTOR_ID, role: 'admin', label: 'sample content' };
    const { organisations, initiatives, policies, participation, posts } = this.content();
    let orgs = 0;
    let inits = 0;
    for (const { key, ...body } of organisations) {
      const id = stableId('organisation', key);
      if (await this.uow.organisations.get(id)) continue;
      await this.organisations.create(sampleActor, body, { id, isSample: true });
      orgs++;
    }
    for (const { key, organisations: roles, ...body } of initiatives) {
      const id = stableId('initiative', key);
      if (await this.uow.initiatives.get(id)) continue;
      const withOrgs = { ...body, organisations: roles?.map((r) => ({ id: stableId('organisation', r.org), role: r.role })) };
      await this.initiatives.create(sampleActor, withOrgs, { id, isSample: true, state: 'published', provenance: { source: 'sample' } });
      inits++;
    }
    let pols = 0;
    for (const { key, relatedPolicies, initiatives: linked, ...body } of policies) {
      const id = stableId('policy', key);
      if (await this.uow.policies.get(id)) continue;
      const withLinks = {
        ...body,
        relatedPolicies: relatedPolicies?.map((r) => ({ id: stableId('policy', r.policy), relation: r.relation })),
        initiatives: linked?.map((r) => ({ id: stableId('initiative', r.initiative), relation: r.relation })),
      };
      await this.policies.create(sampleActor, withLinks, { id, isSample: true, state: 'published', provenance: { source: 'sample' } });
      pols++;
    }
    const participations = participation ? await this.loadParticipation(sampleActor, participation) : 0;
    let loadedPosts = 0;
    for (const { key, kind, ...body } of posts ?? []) {
      const id = stableId(kind, key);
      if (await this.uow.partnership.getPost(id)) continue;
      await this.partnership!.create(sampleActor, kind, body, { id, isSample: true });
      loadedPosts++;
    }
    await this.uow.settings.set(LOADED_KEY, new Date().toISOString());
    return { organisations: orgs, initiatives: inits, policies: pols, participations, posts: loadedPosts };
  }

  /** Bodies and meetings not there yet, then the rows through the importer (idempotent by natural key). */
  private async loadParticipation(actor: Actor, content: NonNullable<SampleContent['participation']>): Promise<number> {
    const service = this.participation!;
    for (const body of content.bodies) if (!(await this.uow.participation.bodyByCode(body.code))) await service.createBody(actor, body, { isSample: true });
    for (const m of content.meetings) {
      const body = await this.uow.participation.bodyByCode(m.body);
      if (body && !(await this.uow.participation.meetingByCode(body.id, m.code))) await service.createMeeting(actor, m, { isSample: true });
    }
    const report = await service.import(actor, content.rows, { isSample: true });
    if (report.rejected) throw new Error(`Sample participation rows rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
    return report.inserted;
  }

  /** Loads the sample content on the very first start only: once removed, it stays removed. */
  async loadOnFirstStart(actor: Actor): Promise<SampleCounts | undefined> {
    if (await this.uow.settings.get(LOADED_KEY)) return undefined;
    return this.load(actor);
  }

  /** Removes every sample record, in one transaction. Sample content is not anyone's record: it is deleted, not archived. */
  async remove(actor: Actor): Promise<SampleCounts> {
    authorize(actor, 'sample:manage');
    // Policies first: their relations point at sample initiatives.
    return this.uow.transaction(async (s) => {
      const policies = await s.policies.deleteSample();
      return {
        policies,
        participations: await s.participation.deleteSample(),
        posts: await s.partnership.deleteSample(),
        initiatives: await s.initiatives.deleteSample(),
        organisations: await s.organisations.deleteSample(),
      };
    });
  }

  /**
   * Adds `count` synthetic initiatives (for load tests and benchmarks), in transactions of 5,000
   * through the bulk store path: records, relations and search index together. They carry the
   * sample flag and provenance 'synthetic', so they are labelled and removed with the sample content.
   */
  async generate(actor: Actor, vocab: Vocabulary, count: number, seed = 1, onProgress?: (done: number) => void): Promise<number> {
    authorize(actor, 'sample:manage');
    const start = await this.uow.initiatives.list({ states: ['published', 'draft'], isSample: true }, 0, 1).then((p) => p.total);
    const now = new Date().toISOString();
    for (let done = 0; done < count; ) {
      // The generator is seeded per batch of GENERATE_BATCH: the batches fix which records a seed gives.
      const n = Math.min(GENERATE_BATCH, count - done);
      const records = syntheticStream(vocab, start + done, n, seed, now);
      await this.uow.transaction(async (s) => {
        for (let chunk = take(records, GENERATE_CHUNK); chunk.length; chunk = take(records, GENERATE_CHUNK)) await s.initiatives.insertMany(chunk);
      });
      done += n;
      onProgress?.(done);
    }
    return count;
  }

  /** True when the database holds any sample record (the banner and the first-start load use it). */
  async present(): Promise<boolean> {
    const page = await this.uow.initiatives.list({ states: ['published', 'draft', 'submitted', 'changes-requested', 'declined', 'archived'], isSample: true }, 0, 1);
    return page.total > 0;
  }
}

/** The next `n` items of an iterator (fewer at its end). */
function take<T>(items: Iterator<T>, n: number): T[] {
  const out: T[] = [];
  for (let next = items.next(); !next.done; next = items.next()) {
    out.push(next.value);
    if (out.length === n) break;
  }
  return out;
}
