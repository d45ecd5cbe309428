import type { Labels } from '../vocabulary/language.ts';

/** The source formats the importers read, each in the source's own layout. */
export const IMPORT_FORMATS = ['itu-datahub', 'open-sdg', 'worldbank', 'owid'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Disaggregations of an observation, e.g. `{ technology: '4G' }` or `{ sex: 'female' }`; `{}` is the total. */
export type Dims = Record<string, string>;

/** An indicator of the catalogue (team-written vocabulary). */
export interface Indicator {
  /** The SDG indicator code where one exists ('17.8.1'), else a stable slug. Never renamed. */
  code: string;
  /** The SDG indicator this measures or relates to, for the UN SDG KOS link. */
  sdgIndicator?: string;
  names: Labels;
  unit: Labels;
  /** 'percent' values lie in 0–100; 'rate' per 100 inhabitants; 'count' persons. */
  scale: 'percent' | 'rate' | 'count' | 'share-of-income';
  definition: string; // English, from the custodian's metadata
  /** Custodian agency and where the definition comes from. */
  source: string;
  licence: string;
  /** The disaggregation dimension and its values, when the indicator has one (9.c.1 by technology). */
  dimension?: { key: string; values: string[] };
  /** The breakdown shown when none is asked for. */
  headline: Dims;
  /** Lower is better (prices): maps and rankings read the other way round. */
  lowerIsBetter?: boolean;
}

/** Where a set of observations came from: one source series, re-imported in place. */
export interface SeriesInfo {
  id: string; // '<format>:<source series code>'
  indicatorCode: string;
  format: ImportFormat;
  sourceSeries: string;
  source: string;
  licence: string;
  url?: string;
  importedAt: string;
  rows: number;
}

export interface Observation {
  indicatorCode: string;
  m49: string;
  year: number;
  dims: Dims;
  value: number;
  seriesId: string;
  note?: string;
}

/** A group figure published by a source (ITU, World Bank): shown beside computed ones, never mixed with them. */
export interface OfficialAggregate {
  indicatorCode: string;
  group: string;
  year: number;
  dims: Dims;
  value: number;
  seriesId: string;
}

/** `{technology:'4G', sex:'female'}` → 'sex=female;technology=4G' (sorted keys: one spelling per breakdown). */
export function dimsKey(dims: Dims): string {
  return Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k]}`)
    .join(';');
}

/** The inverse of `dimsKey`. */
export function parseDimsKey(key: string): Dims {
  if (!key) return {};
  return Object.fromEntries(key.split(';').map((p) => p.split('=') as [string, string]));
}
