import type { InitiativeFilter, UnitOfWork } from '../ports.ts';
import type { Initiative } from '../initiative/initiative.ts';

const PUBLISHED: InitiativeFilter = { states: ['published'] };
const PAGE = 500;

/** Reads what may leave the platform in bulk: published records only, whoever asks. */
export class ExportService {
  constructor(private readonly uow: UnitOfWork) {}

  /** Every published initiative, newest change first. */
  async publishedInitiatives(): Promise<Initiative[]> {
    const all: Initiative[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.uow.initiatives.list(PUBLISHED, offset, PAGE);
      all.push(...page.items);
      if (page.items.length < PAGE) return all;
    }
  }

  /** Count and latest change of the published initiatives: a dump's version. */
  async dataVersion() {
    return this.uow.initiatives.dataVersion(PUBLISHED);
  }
}
