/** Security events kept in the audit log, viewable by admins. */
export const AUDIT_EVENTS = [
  'sign-in',
  'sign-in-failed',
  'lockout',
  'sign-out',
  'user-created',
  'password-reset',
  'role-changed',
  'token-created',
  'token-revoked',
  'publish',
  'archive',
  'restore',
  'export',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export interface AuditEntry {
  id: string;
  at: string;
  event: AuditEvent;
  /** User id, 'admin-token', 'cli', or the email tried for a failed sign-in. */
  actor: string;
  /** What the event is about: a user id, a token id, 'initiative:<id>'. */
  subject?: string;
  ip?: string;
  detail: Record<string, string | number | boolean>;
}

export interface AuditFilter {
  event?: AuditEvent;
}
