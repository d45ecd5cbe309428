import type { LangMap } from '../vocabulary/language.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';

// Ports of reference data and settings: vocabularies, SDG texts, application settings.

export interface SdgTexts {
  goals: Record<string, LangMap>;
  targets: Record<string, LangMap>;
  indicators: Record<string, LangMap>;
}

export interface VocabularyRepo {
  /** Writes the team-written vocabularies (idempotent). */
  seed(): Promise<void>;
  load(): Promise<Vocabulary>;
  importSdgTexts(texts: SdgTexts): Promise<{ goals: number; targets: number; indicators: number }>;
}

export interface SettingsRepo {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}
