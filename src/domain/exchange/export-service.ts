import type { InitiativeFilter, PolicyFilter, UnitOfWork } from '../ports.ts';
import type { Initiative } from '../initiative/initiative.ts';
import type { Policy } from '../policy/policy.ts';

const PUBLISHED: InitiativeFilter & PolicyFilter = { states: ['published'] };
const PAGE = 500;

/** Every item of a paged list, page by page. */
async function all<T>(list: (offset: number, limit: number) => Promise<{ items: T[] }>): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await list(offset, PAGE);
    items.push(...page.items);
    if (page.items.length < PAGE) return items;
  }
}

/** Reads what may leave the platform in bulk: published records only, whoever asks. */
export class ExportService {
  constructor(private readonly uow: UnitOfWork) {}

  /** Every published initiative, newest change first. */
  publishedInitiatives(): Promise<Initiative[]> {
    return all((offset, limit) => this.uow.initiatives.list(PUBLISHED, offset, limit));
  }

  /** Every published policy instrument, newest change first. */
  publishedPolicies(): Promise<Policy[]> {
    return all((offset, limit) => this.uow.policies.list(PUBLISHED, offset, limit));
  }

  /** Count and latest change of the published initiatives and policies: a dump's version. */
  async dataVersion(): Promise<{ count: number; latest?: string }> {
    const [i, p] = await Promise.all([this.uow.initiatives.dataVersion(PUBLISHED), this.uow.policies.dataVersion(PUBLISHED)]);
    const latest = [i.latest, p.latest].filter((x): x is string => x !== undefined).sort().at(-1);
    return { count: i.count + p.count, latest };
  }
}
