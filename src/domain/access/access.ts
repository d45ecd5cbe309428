import { ForbiddenError, UnauthenticatedError } from '../errors.ts';
import type { WorkflowState } from '../review/workflow.ts';

/** Roles, from least to most powerful. */
export const ROLES = ['visitor', 'contributor', 'org-editor', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking. Visitors are anonymous; the bootstrap admin token acts as an admin named 'admin-token'. */
export interface Actor {
  id?: string;
  role: Role;
  label: string;
  organisationIds?: readonly string[];
  /** Set when the actor comes from a user's API token: a 'read' token may only read. */
  scope?: 'read' | 'write';
}

export const ANONYMOUS: Actor = Object.freeze({ role: 'visitor', label: 'anonymous' });
export const ADMIN_TOKEN_ACTOR: Actor = Object.freeze({ id: 'admin-token', role: 'admin', label: 'admin token' });
/** The server's own scheduled jobs (purging expired sessions). */
export const SYSTEM_ACTOR: Actor = Object.freeze({ id: 'system', role: 'admin', label: 'scheduled job' });
/** The command line runs with the rights of the operator who can already read the database. */
export const CLI_ACTOR: Actor = Object.freeze({ id: 'cli', role: 'admin', label: 'command line' });

export type Action =
  | 'record:read'
  | 'record:create'
  | 'record:update'
  | 'record:review' // submit / request changes / publish / decline / archive
  | 'suggestion:decide' // ask the classifier for suggestions on a record, accept or reject them
  | 'organisation:create'
  | 'organisation:update' // moderators, the organisation's editors, and whoever created it
  | 'record:restore' // bring back an earlier version
  | 'record:confirm' // re-confirm that a published record is still accurate (freshness)
  | 'account:use' // own account page and own API tokens
  | 'user:manage' // list users, change roles
  | 'audit:read'
  | 'classifier:train'
  | 'vocabulary:manage'
  | 'sample:manage'
  | 'index:manage'
  | 'indicator:import'
  | 'import:publish' // import records straight into the published state, skipping review
  | 'participation:manage' // bodies, meetings and participation rows: data kept by admins and imports
  | 'post:create' // a need or an offer
  | 'post:update'
  | 'connection:request' // ask to connect a need with an offer: the owner of either side
  | 'connection:respond' // accept or decline: the owner of the side that did not ask
  | 'connection:read' // the exchange: the owners of both sides, and moderators
  | 'connection:contact'; // contact details: the owners of both sides, once both agreed

/** What the access check may look at about a connection between a need and an offer. */
export interface ConnectionFacts {
  needOwner?: string;
  offerOwner?: string;
  /** Who asked (absent before the request exists). */
  requestedBy?: string;
  status?: 'requested' | 'accepted' | 'declined';
}

/** What the access check may look at about an organisation: who created it, and itself as the organisation editors edit. */
export interface OrganisationFacts {
  createdBy?: string;
  organisationIds: readonly string[];
}

/** What the access check may look at about a record. */
export interface RecordFacts {
  workflowState: WorkflowState;
  createdBy?: string;
  organisationIds?: readonly string[];
}

const rank = (role: Role): number => ROLES.indexOf(role);

/**
 * The one place that decides who may do what. Default deny: an action not listed here is refused.
 * A token of scope 'read' may only read, whatever its owner's role.
 */
export function can(actor: Actor, action: Action, record?: RecordFacts | ConnectionFacts | OrganisationFacts): boolean {
  if (actor.scope === 'read' && action !== 'record:read' && action !== 'connection:read' && action !== 'connection:contact') return false;
  return decide(actor, action, record as (RecordFacts & ConnectionFacts) | undefined);
}

function decide(actor: Actor, action: Action, record?: RecordFacts & ConnectionFacts): boolean {
  const owns = (c: ConnectionFacts | undefined) => actor.id !== undefined && c !== undefined && (c.needOwner === actor.id || c.offerOwner === actor.id);
  switch (action) {
    case 'post:create':
      return rank(actor.role) >= rank('contributor');
    case 'post:update':
      return rank(actor.role) >= rank('moderator') || (actor.id !== undefined && record?.createdBy === actor.id);
    case 'connection:request':
      return rank(actor.role) >= rank('contributor') && owns(record);
    case 'connection:respond': {
      // The side that did not ask answers (an owner of both sides may answer its own request).
      if (!record || !owns(record) || record.status !== 'requested') return false;
      const otherSide = record.requestedBy === record.needOwner ? record.offerOwner : record.needOwner;
      return otherSide === actor.id;
    }
    case 'connection:read':
      return owns(record) || rank(actor.role) >= rank('moderator');
    case 'connection:contact':
      // Contact details only once both sides agreed, and only to them: moderators do not see them either.
      return owns(record) && record?.status === 'accepted';
    case 'record:read':
      if (!record) return false;
      if (record.workflowState === 'published') return true;
      if (rank(actor.role) >= rank('moderator')) return true;
      return actor.id !== undefined && record.createdBy === actor.id;
    case 'record:create':
    case 'organisation:create':
      return rank(actor.role) >= rank('contributor');
    case 'organisation:update':
      if (rank(actor.role) >= rank('moderator')) return true;
      if (!record || actor.id === undefined) return false;
      if (actor.role === 'org-editor' && record.organisationIds?.some((o) => actor.organisationIds?.includes(o))) return true;
      return rank(actor.role) >= rank('contributor') && record.createdBy === actor.id;
    case 'record:update':
      if (rank(actor.role) >= rank('moderator')) return true;
      if (!record || actor.id === undefined) return false;
      if (actor.role === 'org-editor' && record.organisationIds?.some((o) => actor.organisationIds?.includes(o))) return true;
      return record.createdBy === actor.id && ['draft', 'changes-requested'].includes(record.workflowState);
    case 'record:review':
    case 'record:restore':
      return rank(actor.role) >= rank('moderator');
    case 'suggestion:decide':
      if (rank(actor.role) >= rank('moderator')) return true;
      return record !== undefined && actor.id !== undefined && record.createdBy === actor.id && record.workflowState !== 'archived';
    case 'record:confirm':
      if (rank(actor.role) >= rank('moderator')) return true;
      if (!record || actor.id === undefined || record.workflowState !== 'published') return false;
      return record.createdBy === actor.id || (actor.role === 'org-editor' && !!record.organisationIds?.some((o) => actor.organisationIds?.includes(o)));
    case 'account:use':
      return actor.id !== undefined && rank(actor.role) >= rank('contributor') && actor.id !== ADMIN_TOKEN_ACTOR.id && actor.id !== CLI_ACTOR.id;
    case 'user:manage':
    case 'audit:read':
    case 'vocabulary:manage':
    case 'classifier:train':
    case 'sample:manage':
    case 'index:manage':
    case 'indicator:import':
    case 'import:publish':
    case 'participation:manage':
      return actor.role === 'admin';
    default:
      return false;
  }
}

/**
 * Which records lists and searches show the actor, as a query condition: reviewers see every
 * record that is not archived; everyone else sees published records and their own.
 */
export function visibleTo(actor: Actor): { states: WorkflowState[]; alsoCreatedBy?: string } {
  return can(actor, 'record:review') ? { states: ['draft', 'submitted', 'changes-requested', 'published', 'declined'] } : { states: ['published'], alsoCreatedBy: actor.id };
}

/** Throws 401 for anonymous callers and 403 for signed-in ones when `can` says no. */
export function authorize(actor: Actor, action: Action, record?: RecordFacts | ConnectionFacts | OrganisationFacts): void {
  if (can(actor, action, record)) return;
  if (actor.role === 'visitor') throw new UnauthenticatedError();
  throw new ForbiddenError();
}
