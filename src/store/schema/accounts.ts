// Rows of accounts (users, sessions, API and email tokens, the audit log) and application settings.

export interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  display_name: string;
  organisation_ids: string;
  lang: string;
  email_verified_at: string | null;
  failed_sign_ins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}
export interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}
export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  scope: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
export interface EmailTokenRow {
  token_hash: string;
  user_id: string;
  purpose: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
export interface AuditLogRow {
  id: string;
  at: string;
  event: string;
  actor: string;
  subject: string | null;
  ip: string | null;
  detail: string;
}

export interface AppSettingRow {
  key: string;
  value: string;
}
