import type { FieldError } from '../errors.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from './initiative.ts';
import type { Freshness } from '../review/freshness.ts';
import type { WorkflowState } from '../review/workflow.ts';

/** Query of the initiative list, as the API and pages receive it (codes, not names). */
export interface InitiativeQuery {
  sdg?: number;
  target?: string;
  technology?: string;
  wsis?: string;
  country?: string; // ISO alpha-3
  group?: string; // LDC, LLDC, SIDS, EIT
  region?: string; // M49 region code or ITU region
  status?: string;
  kind?: string;
  organisation?: string;
  freshness?: Freshness;
  /** Workflow state, for moderators (the queue); others only ever see published records and their own. */
  state?: WorkflowState;
  page?: number;
  limit?: number;
}

/** Every unknown code of a list or search query, each named by its field (the list and search share these filters). */
export function queryErrors(vocab: Vocabulary, q: InitiativeQuery): FieldError[] {
  const errors: FieldError[] = [];
  if (q.country && !vocab.countryByIso3.has(q.country)) errors.push({ field: 'country', code: 'unknown-code', message: `${q.country} is not a known ISO alpha-3 country code` });
  if (q.group && !vocab.groupMembers(q.group)) errors.push({ field: 'group', code: 'unknown-code', message: `${q.group} is not a country group: use LDC, LLDC, SIDS or EIT` });
  if (q.region && !vocab.countriesIn(q.region)) errors.push({ field: 'region', code: 'unknown-code', message: `${q.region} is not an M49 region code (e.g. 002) or an ITU region (AFR, AMS, ARB, ASP, CIS, EUR)` });
  if (q.sdg !== undefined && !vocab.goal(q.sdg)) errors.push({ field: 'sdg', code: 'unknown-code', message: `${q.sdg} is not an SDG goal number` });
  if (q.target && !vocab.targets.has(q.target)) errors.push({ field: 'target', code: 'unknown-code', message: `${q.target} is not an SDG target code` });
  if (q.technology && !vocab.techBySlug.has(q.technology)) errors.push({ field: 'technology', code: 'unknown-code', message: `${q.technology} is not a technology` });
  if (q.wsis && !vocab.wsisByCode.has(q.wsis)) errors.push({ field: 'wsis', code: 'unknown-code', message: `${q.wsis} is not a WSIS action line` });
  if (q.status && !(INITIATIVE_STATUSES as readonly string[]).includes(q.status)) errors.push({ field: 'status', code: 'not-allowed', message: `Expected one of: ${INITIATIVE_STATUSES.join(', ')}` });
  if (q.kind && !(INITIATIVE_KINDS as readonly string[]).includes(q.kind)) errors.push({ field: 'kind', code: 'not-allowed', message: `Expected one of: ${INITIATIVE_KINDS.join(', ')}` });
  return errors;
}
