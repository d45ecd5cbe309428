import type { Labels } from './language.ts';

/** A technology of the controlled list, keyed by a stable slug ('5g', 'artificial-intelligence'). */
export interface Technology {
  slug: string;
  labels: Labels;
  description: Labels; // one short sentence
}

// DATA: TECHNOLOGIES — filled in by the vocabulary work.
export const TECHNOLOGIES: readonly Technology[] = [];
