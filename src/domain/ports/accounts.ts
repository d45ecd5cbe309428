import type { AuditEntry, AuditFilter } from '../audit/audit.ts';
import type { ApiToken, EmailToken, EmailTokenPurpose, Session, User } from '../user/user.ts';
import type { Page } from './records.ts';

// Ports of accounts: users, sessions, API and email tokens, the audit log, and the mailer.

export interface UserRepo {
  get(id: string): Promise<User | undefined>;
  byEmail(email: string): Promise<User | undefined>;
  list(offset: number, limit: number): Promise<Page<User>>;
  insert(user: User): Promise<void>;
  update(user: User): Promise<void>;
}

export interface SessionRepo {
  insert(session: Session): Promise<void>;
  get(idHash: string): Promise<Session | undefined>;
  delete(idHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  /** Deletes the sessions that expired before `now`; returns how many. */
  deleteExpired(now: string): Promise<number>;
}

export interface ApiTokenRepo {
  insert(token: ApiToken): Promise<void>;
  byHash(tokenHash: string): Promise<ApiToken | undefined>;
  listForUser(userId: string): Promise<ApiToken[]>;
  update(token: ApiToken): Promise<void>;
}

export interface EmailTokenRepo {
  insert(token: EmailToken): Promise<void>;
  get(tokenHash: string, purpose: EmailTokenPurpose): Promise<EmailToken | undefined>;
  markUsed(tokenHash: string, at: string): Promise<void>;
  /** Deletes the links already used or expired before `now`; returns how many. */
  deleteSpent(now: string): Promise<number>;
}

export interface AuditRepo {
  add(entry: AuditEntry): Promise<void>;
  list(filter: AuditFilter, offset: number, limit: number): Promise<Page<AuditEntry>>;
}

/** Sends email: over SMTP, or into the outbox folder when no SMTP server is configured. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}
