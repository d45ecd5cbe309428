import type { Labels } from './language.ts';

/** An SDG goal, keyed by its number; `iri` is the UN SDG KOS IRI (http://metadata.un.org/sdg/9). */
export interface SdgGoal {
  number: number;
  code: string; // '9'
  iri: string;
  short: Labels; // team-written short titles; the official texts come from `vocab import --sdg-translations`
  color: string; // the UN SDG icon colour, for tiles
}

/** An SDG target, keyed by its code ('9.c', '17.6'). */
export interface SdgTarget {
  code: string;
  goal: number;
  iri: string; // http://metadata.un.org/sdg/9.c
}

// DATA: SDG_GOALS (17) and SDG_TARGETS (169) — filled in by the vocabulary work.
export const SDG_GOALS: readonly SdgGoal[] = [];
export const SDG_TARGETS: readonly SdgTarget[] = [];
