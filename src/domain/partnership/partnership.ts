import type { LangMap, Lang } from '../vocabulary/language.ts';

/** The kinds of help a need asks for and an offer gives. */
export const HELP_KINDS = ['policy-advice', 'capacity-building', 'funding', 'technology-partner', 'data'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const POST_KINDS = ['need', 'offer'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_STATUSES = ['open', 'closed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** A need ("help designing a 5G spectrum roadmap") or an offer, posted by a signed-in organisation or government. */
export interface Post {
  id: string;
  kind: PostKind;
  title: LangMap;
  description: LangMap;
  originalLang: Lang;
  country?: string; // M49: where the need is, or where the offer comes from
  organisationId?: string;
  technologies: string[];
  sdgTargets: string[];
  helpKinds: HelpKind[];
  /** Private: shown only to the other side of an accepted connection. */
  contact: string;
  status: PostStatus;
  isSample: boolean;
  createdBy?: string;
  createdAt: string;
  updatedAt: string;
}

export const CONNECTION_STATUSES = ['requested', 'accepted', 'declined'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/** A request to connect a need with an offer: asked by one side, answered by the other. */
export interface Connection {
  id: string;
  needId: string;
  offerId: string;
  requestedBy: string;
  requestedSide: PostKind;
  status: ConnectionStatus;
  /** Made public by either side once accepted: shown as a partnership. */
  isPublic: boolean;
  publicSummary: LangMap;
  createdAt: string;
  updatedAt: string;
}

/** One step of the recorded exchange. */
export interface ConnectionEvent {
  id: string;
  connectionId: string;
  actor: string;
  action: 'requested' | 'accepted' | 'declined' | 'note' | 'made-public';
  note?: string;
  createdAt: string;
}
