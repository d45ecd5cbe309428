import type { WorkflowState } from '../review/workflow.ts';
import type { RecordType } from './records.ts';

// Port of the version and review trail every record keeps.

export interface VersionEntry {
  recordType: RecordType;
  recordId: string;
  version: number;
  author: string;
  createdAt: string;
  changedFields: string[];
  snapshot: unknown;
}

export interface ReviewEvent {
  id: string;
  recordType: RecordType;
  recordId: string;
  action: string;
  fromState: WorkflowState;
  toState: WorkflowState;
  actor: string;
  comment?: string;
  createdAt: string;
}

export interface HistoryRepo {
  addVersion(v: VersionEntry): Promise<void>;
  versions(recordType: RecordType, recordId: string): Promise<VersionEntry[]>;
  addReviewEvent(e: ReviewEvent): Promise<void>;
  reviewEvents(recordType: RecordType, recordId: string): Promise<ReviewEvent[]>;
}
