import { authorize, can, type Actor, type RecordFacts } from '../access/access.ts';
import { auditEntry } from '../audit/audit-service.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { RecordType, ReviewEvent, Stores, UnitOfWork, VersionEntry } from '../ports.ts';
import { nextState, type WorkflowAction, type WorkflowState } from './workflow.ts';
import { changedFields } from './versions.ts';
import { versionHistory, type VersionView } from './version-history.ts';
// Comments are texts like any other: the same cleaning as record fields (control and bidi override characters).
import { cleanText } from '../initiative/initiative-build.ts';
import type { Provenance } from '../initiative/initiative.ts';

/** What the workflow needs of any reviewable record (initiatives, policies, …). */
export interface Reviewable {
  id: string;
  workflowState: WorkflowState;
  createdBy?: string;
  version: number;
  updatedAt: string;
  archivedAt?: string;
  lastVerified?: string;
}

/** The small port a record type gives the review service: how to load and save it, and its access facts. */
export interface ReviewPort<T extends Reviewable> {
  recordType: RecordType;
  load(stores: Stores, id: string): Promise<T | undefined>;
  save(stores: Stores, record: T): Promise<void>;
  facts(record: T): RecordFacts;
  /** Fields a restore must keep from the current record (workflow state, ids, provenance…). */
  keepOnRestore: readonly (keyof T)[];
}

/** Told after a transition committed (e.g. to email the submitter). Failures are the listener's business. */
export type ReviewListener<T> = (event: ReviewEvent, record: T) => Promise<void>;

export type { VersionView } from './version-history.ts';

/** How a new record starts: its provenance, workflow state, sample flag, author and first version. */
export function newRecordFields(actor: Actor, opts: { provenance?: Provenance; state?: WorkflowState; isSample?: boolean }, now: string) {
  return {
    provenance: opts.provenance ?? { source: 'api' },
    workflowState: opts.state ?? 'draft',
    isSample: opts.isSample ?? false,
    createdBy: actor.id,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

/** The versioned snapshot of `record` written by `actor`. */
export function versionOf(recordType: RecordType, record: Reviewable, actor: Actor, at: string, changed: string[]): VersionEntry {
  return { recordType, recordId: record.id, version: record.version, author: actor.id ?? actor.label, createdAt: at, changedFields: changed, snapshot: record };
}

/**
 * The review workflow, public history and versions for any record type: draft → submitted →
 * (changes requested ↔ submitted) → published → archived, and declined. One implementation, many records.
 */
export class ReviewService<T extends Reviewable> {
  private listeners: ReviewListener<T>[] = [];

  constructor(
    private readonly uow: UnitOfWork,
    private readonly port: ReviewPort<T>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Adds a listener told about every committed transition. */
  onTransition(listener: ReviewListener<T>): void {
    this.listeners.push(listener);
  }

  private async visible(stores: Stores, actor: Actor, id: string): Promise<T> {
    const record = await this.port.load(stores, id);
    if (!record || !can(actor, 'record:read', this.port.facts(record))) throw new NotFoundError(this.port.recordType, id);
    return record;
  }

  /** Moves a record through the workflow; a move the workflow does not allow is a 409. The author may submit their own record. */
  async transition(actor: Actor, id: string, action: WorkflowAction, comment?: unknown, ip?: string): Promise<T> {
    if (comment !== undefined && comment !== null && (typeof comment !== 'string' || comment.length > 5000)) {
      throw new ValidationError([{ field: 'comment', code: typeof comment === 'string' ? 'too-long' : 'invalid', message: 'A comment is a text of at most 5,000 characters' }]);
    }
    const now = this.clock().toISOString();
    const type = this.port.recordType;
    const { saved, event } = await this.uow.transaction(async (stores) => {
      const current = await this.visible(stores, actor, id);
      const facts = this.port.facts(current);
      const isOwnSubmit = action === 'submit' && current.createdBy !== undefined && current.createdBy === actor.id && can(actor, 'record:update', facts);
      if (!isOwnSubmit) authorize(actor, 'record:review', facts);
      const to = nextState(current.workflowState, action);
      if (!to) throw new ConflictError(`A ${type} in state ${current.workflowState} cannot be moved by ${action}`);
      const saved: T = {
        ...current,
        workflowState: to,
        updatedAt: now,
        version: current.version + 1,
        archivedAt: to === 'archived' ? now : current.archivedAt,
        lastVerified: to === 'published' ? now : current.lastVerified,
      };
      await this.port.save(stores, saved);
      await stores.history.addVersion(versionOf(type, saved, actor, now, changedFields(current, saved)));
      const event: ReviewEvent = { id: newId(), recordType: type, recordId: id, action, fromState: current.workflowState, toState: to, actor: actor.id ?? actor.label, comment: typeof comment === 'string' ? cleanText(comment) || undefined : undefined, createdAt: now };
      await stores.history.addReviewEvent(event);
      if (action === 'publish' || action === 'archive') await stores.audit.add(auditEntry(action, event.actor, now, { subject: `${type}:${id}`, ip }));
      return { saved, event };
    });
    for (const listener of this.listeners) await listener(event, saved);
    return saved;
  }

  /** The public review trail and every version with its field changes, for a record the actor may see. */
  async history(actor: Actor, id: string): Promise<{ events: ReviewEvent[]; versions: VersionView[]; names: Record<string, string> }> {
    await this.visible(this.uow, actor, id);
    const events = await this.uow.history.reviewEvents(this.port.recordType, id);
    return { events, ...(await versionHistory(this.uow, this.port.recordType, id, events.map((e) => e.actor))) };
  }

  /** Brings back the content of an earlier version as a new version (moderators); the workflow state stays. */
  async restore(actor: Actor, id: string, version: number, ip?: string): Promise<T> {
    const now = this.clock().toISOString();
    const type = this.port.recordType;
    return this.uow.transaction(async (stores) => {
      const current = await this.visible(stores, actor, id);
      authorize(actor, 'record:restore', this.port.facts(current));
      const old = (await stores.history.versions(type, id)).find((v) => v.version === version);
      if (!old) throw new NotFoundError('version', String(version));
      const kept = Object.fromEntries(this.port.keepOnRestore.map((k) => [k, current[k]]));
      const saved: T = { ...(old.snapshot as T), ...kept, updatedAt: now, version: current.version + 1 };
      const changed = changedFields(current, saved);
      if (!changed.length) return current;
      await this.port.save(stores, saved);
      await stores.history.addVersion(versionOf(type, saved, actor, now, changed));
      await stores.audit.add(auditEntry('restore', actor.id ?? actor.label, now, { subject: `${type}:${id}`, ip, detail: { version } }));
      return saved;
    });
  }

  /** Re-confirms that a published record is still accurate: resets its freshness clock. */
  async confirm(actor: Actor, id: string): Promise<T> {
    const now = this.clock().toISOString();
    const type = this.port.recordType;
    return this.uow.transaction(async (stores) => {
      const current = await this.visible(stores, actor, id);
      authorize(actor, 'record:confirm', this.port.facts(current));
      const saved: T = { ...current, lastVerified: now, updatedAt: now, version: current.version + 1 };
      await this.port.save(stores, saved);
      await stores.history.addVersion(versionOf(type, saved, actor, now, ['lastVerified']));
      return saved;
    });
  }
}
