/** The languages our lexicons are written in (the six UN languages). */
export const CLASSIFY_LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type ClassifyLang = (typeof CLASSIFY_LANGS)[number];

/** The vocabularies the classifier suggests codes from. */
export const CLASSIFY_SCHEMES = ['sdg', 'technology', 'wsis'] as const;
export type ClassifyScheme = (typeof CLASSIFY_SCHEMES)[number];

/** term → weight; a weight is how much one occurrence of the term says about the code (typically 0.2–2). */
export type TermWeights = Record<string, number>;

/**
 * A cue that cancels or reduces matches: "business climate" is not SDG 13.
 * `targets` are 'scheme:code' keys ('sdg:13', 'technology:cloud-edge'); positive matches of those codes that
 * overlap the cue are cancelled, and `weight` (default 0) is subtracted from the code's raw score.
 */
export interface NegativeCue {
  phrase: string;
  targets: string[];
  weight?: number;
}

/** A lexicon as written in JSON: per language ('*' = every language), weighted terms per code and negative cues. */
export interface Lexicon {
  name?: string;
  lang: ClassifyLang | '*';
  sdg?: Record<string, TermWeights>; // key: goal '9' or target '9.c'
  technology?: Record<string, TermWeights>;
  wsis?: Record<string, TermWeights>;
  negative?: NegativeCue[];
}

/** One suggested SDG goal (no `target`) or target (with `target`, e.g. '9.c'). */
export interface SdgSuggestion {
  goal: number;
  target?: string;
  score: number;
  evidence: string[];
}

export interface TechnologySuggestion {
  slug: string;
  score: number;
  evidence: string[];
}

export interface WsisSuggestion {
  line: string;
  score: number;
  evidence: string[];
}

/** What `classify` returns: the detected language tag and the suggestions that passed their thresholds. */
export interface ClassifyResult {
  lang: string; // BCP 47 tag as detected (or as given); may be outside our six languages
  lexiconLang: ClassifyLang; // the lexicon actually used ('en' for languages we have no lexicon for)
  sdgs: SdgSuggestion[];
  technologies: TechnologySuggestion[];
  wsis: WsisSuggestion[];
}
