import { authorize, type Actor } from '../access/access.ts';
import { stableId } from '../ids.ts';
import type { UnitOfWork } from '../ports.ts';
import type { InitiativeService } from '../initiative/initiative-service.ts';
import type { OrganisationService } from '../organisation/organisation-service.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { syntheticInitiatives } from './synthetic.ts';

/** The team-written sample content: organisations and initiatives keyed by a readable key. */
export interface SampleContent {
  organisations: ({ key: string } & Record<string, unknown>)[];
  initiatives: ({ key: string; organisations?: { org: string; role: string }[] } & Record<string, unknown>)[];
}

export const SAMPLE_ACTOR_ID = 'sample';
const LOADED_KEY = 'sample.loaded-at';

/** Loads and removes the sample content. Sample records are published, flagged and shown with a banner. */
export class SampleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly initiatives: InitiativeService,
    private readonly organisations: OrganisationService,
    private readonly content: () => SampleContent,
  ) {}

  /** Loads what is not loaded yet (ids are stable, so a second load adds nothing). */
  async load(actor: Actor): Promise<{ organisations: number; initiatives: number }> {
    authorize(actor, 'sample:manage');
    const sampleActor: Actor = { id: SAMPLE_ACTOR_ID, role: 'admin', label: 'sample content' };
    const { organisations, initiatives } = this.content();
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
    await this.uow.settings.set(LOADED_KEY, new Date().toISOString());
    return { organisations: orgs, initiatives: inits };
  }

  /** Loads the sample content on the very first start only: once removed, it stays removed. */
  async loadOnFirstStart(actor: Actor): Promise<{ organisations: number; initiatives: number } | undefined> {
    if (await this.uow.settings.get(LOADED_KEY)) return undefined;
    return this.load(actor);
  }

  /** Removes every sample record, in one transaction. Sample content is not anyone's record: it is deleted, not archived. */
  async remove(actor: Actor): Promise<{ organisations: number; initiatives: number }> {
    authorize(actor, 'sample:manage');
    return this.uow.transaction(async (s) => ({ initiatives: await s.initiatives.deleteSample(), organisations: await s.organisations.deleteSample() }));
  }

  /**
   * Adds `count` synthetic initiatives (for load tests and benchmarks), in transactions of 1,000
   * through the bulk store path: records, relations and search index together. They carry the
   * sample flag and provenance 'synthetic', so they are labelled and removed with the sample content.
   */
  async generate(actor: Actor, vocab: Vocabulary, count: number, seed = 1, onProgress?: (done: number) => void): Promise<number> {
    authorize(actor, 'sample:manage');
    const start = await this.uow.initiatives.list({ states: ['published', 'draft'], isSample: true }, 0, 1).then((p) => p.total);
    const now = new Date().toISOString();
    for (let done = 0; done < count; ) {
      const batch = syntheticInitiatives(vocab, start + done, Math.min(1000, count - done), seed, now);
      await this.uow.transaction((s) => s.initiatives.insertMany(batch));
      done += batch.length;
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
