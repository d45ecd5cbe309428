import type { Scope } from '../initiative/initiative.ts';

/** IATI ActivityScope codes → our scope (sub-national codes 5–8 are local). */
export const IATI_SCOPES: Record<string, Scope> = { '1': 'global', '2': 'regional', '3': 'regional', '4': 'national', '5': 'local', '6': 'local', '7': 'local', '8': 'local' };

/** Our scope → the IATI ActivityScope code written on export. */
export const SCOPE_TO_IATI: Record<Scope, string> = { global: '1', regional: '2', national: '4', local: '6' };

/** Our organisation roles → IATI OrganisationRole codes (1 funding, 2 accountable, 3 extending, 4 implementing). */
export const ROLE_TO_IATI = { lead: '2', funding: '1', implementing: '4', partner: '3' } as const;

/** The reporting organisation of exported activities (settings LEAPFROG_IATI_PUBLISHER_REF, _NAME, _TYPE). */
export interface IatiPublisher {
  /** IATI organisation identifier; also the prefix of identifiers Leapfrog gives activities. */
  ref: string;
  /** IATI OrganisationType code ('90' other). */
  type: string;
  name: string;
}
