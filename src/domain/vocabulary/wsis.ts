import type { Labels } from './language.ts';

/** A WSIS action line: C1–C11, and C7's eight sub-lines coded 'C7.e-government' … with parent 'C7'. */
export interface WsisLine {
  code: string;
  parent?: string;
  labels: Labels;
}

// DATA: WSIS_LINES — filled in by the vocabulary work.
export const WSIS_LINES: readonly WsisLine[] = [];
