import type { UnitOfWork, SdgTexts } from '../ports.ts';
import { authorize, type Actor } from '../access/access.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Holds the vocabularies in memory (they are small and read on every request) and reloads them after changes. */
export class VocabularyService {
  private cached: Vocabulary | undefined;

  constructor(private readonly uow: UnitOfWork) {}

  /** Writes the team-written vocabularies and loads them. Called at every start: cheap and idempotent. */
  async seedAndLoad(): Promise<Vocabulary> {
    await this.uow.transaction((s) => s.vocabulary.seed());
    return this.reload();
  }

  async reload(): Promise<Vocabulary> {
    this.cached = await this.uow.vocabulary.load();
    return this.cached;
  }

  current(): Vocabulary {
    if (!this.cached) throw new Error('Vocabularies not loaded: call seedAndLoad() at start');
    return this.cached;
  }

  /** Stores the official SDG texts (from Open SDG's translation files) in six languages. */
  async importSdgTexts(actor: Actor, texts: SdgTexts) {
    authorize(actor, 'vocabulary:manage');
    const counts = await this.uow.transaction((s) => s.vocabulary.importSdgTexts(texts));
    await this.reload();
    return counts;
  }
}
