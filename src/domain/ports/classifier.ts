import type { RecordType } from './records.ts';

// Port of the classifier's stored decisions and trained models.

/** A person's accept/reject decision on a machine suggestion, with the text it was made on (for training). */
export interface ClassifierDecision {
  id: string;
  recordType: RecordType;
  recordId: string;
  scheme: string; // classification scheme: 'sdg-goal', 'sdg-target', 'technology', 'wsis'
  code: string;
  accepted: boolean;
  confidence?: number;
  evidenceText?: string;
  text: string;
  lang: string;
  actor: string;
  decidedAt: string;
}

/** A trained classifier model as stored (the model itself is JSON text from modelToJson). */
export interface StoredModel {
  id: string;
  createdAt: string;
  createdBy: string;
  examples: number;
  codes: number;
  model: string;
}

export interface ClassifierRepo {
  addDecision(d: ClassifierDecision): Promise<void>;
  /** Every decision, oldest first; `recordId` narrows to one record. */
  decisions(recordId?: string): Promise<ClassifierDecision[]>;
  saveModel(m: StoredModel): Promise<void>;
  latestModel(): Promise<StoredModel | undefined>;
}
