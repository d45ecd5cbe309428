import type { Actor, Role } from '../access/access.ts';
import type { Lang } from '../vocabulary/language.ts';

/** A person with an account. The password is only ever held as a scrypt hash. */
export interface User {
  id: string;
  email: string;
  passwordHash: string;
  role: Role;
  displayName: string;
  organisationIds: string[];
  lang: Lang;
  emailVerifiedAt?: string;
  failedSignIns: number;
  lockedUntil?: string;
  createdAt: string;
  updatedAt: string;
}

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** A named API token; the secret itself is shown once and stored as a SHA-256 hash. */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  scope: TokenScope;
  tokenHash: string;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
}

export interface Session {
  idHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export type EmailTokenPurpose = 'verify' | 'reset';

export interface EmailToken {
  tokenHash: string;
  userId: string;
  purpose: EmailTokenPurpose;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
}

/** The actor a signed-in user (or one of their tokens) acts as. */
export function actorOf(user: User, scope?: TokenScope): Actor {
  return { id: user.id, role: user.role, label: user.displayName, organisationIds: user.organisationIds, ...(scope ? { scope } : {}) };
}

/** Emails are compared without case and surrounding spaces. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
