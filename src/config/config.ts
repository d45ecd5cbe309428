import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** Every setting of the platform, with its environment variable, type and default. */
const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  databaseUrl: Type.String({ pattern: '^(sqlite:.+|postgres(ql)?://.+)$' }),
  adminToken: Type.Optional(Type.String({ minLength: 16 })),
  logLevel: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
  loadSample: Type.Boolean(),
  rateLimitWritesPerMinute: Type.Integer({ minimum: 1 }),
  rateLimitReadsPerMinute: Type.Integer({ minimum: 1 }),
  rateLimitClassifyPerMinute: Type.Integer({ minimum: 1 }),
  publicUrl: Type.String({ pattern: '^https?://' }),
  searchWorkers: Type.Integer({ minimum: 0, maximum: 64 }),
  searchCache: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  smtpUrl: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  mailFrom: Type.String({ minLength: 3 }),
  outboxDir: Type.String({ minLength: 1 }),
  secureCookies: Type.Boolean(),
  sessionHours: Type.Integer({ minimum: 1, maximum: 24 * 90 }),
  sessionPurgeSeconds: Type.Integer({ minimum: 0, maximum: 7 * 24 * 3600 }),
  signInFailuresBeforeLockout: Type.Integer({ minimum: 1, maximum: 100 }),
  lockoutMinutes: Type.Integer({ minimum: 1, maximum: 24 * 60 }),
  signInAttemptsPerMinute: Type.Integer({ minimum: 1 }),
});
export type Config = Readonly<Static<typeof ConfigSchema>>;

/** Environment variable → setting, with its default. The README lists the same table. */
const ENV: Record<keyof Config, { env: string; default?: string; parse: (s: string) => unknown }> = {
  port: { env: 'PORT', default: '8080', parse: numberOrText },
  host: { env: 'HOST', default: '0.0.0.0', parse: String },
  databaseUrl: { env: 'DATABASE_URL', default: 'sqlite:./data/leapfrog.db', parse: String },
  adminToken: { env: 'LEAPFROG_ADMIN_TOKEN', parse: String },
  logLevel: { env: 'LOG_LEVEL', default: 'info', parse: String },
  loadSample: { env: 'LEAPFROG_SAMPLE', default: 'true', parse: booleanOrText },
  rateLimitWritesPerMinute: { env: 'LEAPFROG_RATE_LIMIT_WRITES', default: '120', parse: numberOrText },
  rateLimitReadsPerMinute: { env: 'LEAPFROG_RATE_LIMIT_READS', default: '600', parse: numberOrText },
  rateLimitClassifyPerMinute: { env: 'LEAPFROG_RATE_LIMIT_CLASSIFY', default: '60', parse: numberOrText },
  publicUrl: { env: 'LEAPFROG_PUBLIC_URL', default: 'http://localhost:8080', parse: String },
  searchWorkers: { env: 'LEAPFROG_SEARCH_WORKERS', default: '2', parse: numberOrText },
  searchCache: { env: 'LEAPFROG_SEARCH_CACHE', default: '2000', parse: numberOrText },
  smtpUrl: { env: 'SMTP_URL', parse: String },
  mailFrom: { env: 'LEAPFROG_MAIL_FROM', default: 'Leapfrog <no-reply@localhost>', parse: String },
  outboxDir: { env: 'LEAPFROG_OUTBOX_DIR', default: './data/outbox', parse: String },
  // Default follows LEAPFROG_PUBLIC_URL: https → Secure cookies (see loadConfig).
  secureCookies: { env: 'LEAPFROG_SECURE_COOKIES', parse: booleanOrText },
  sessionHours: { env: 'LEAPFROG_SESSION_HOURS', default: '336', parse: numberOrText },
  // How often the server deletes expired sessions and spent email links; 0 turns the job off.
  sessionPurgeSeconds: { env: 'LEAPFROG_SESSION_PURGE_SECONDS', default: '3600', parse: numberOrText },
  signInFailuresBeforeLockout: { env: 'LEAPFROG_SIGNIN_FAILURES', default: '5', parse: numberOrText },
  lockoutMinutes: { env: 'LEAPFROG_LOCKOUT_MINUTES', default: '15', parse: numberOrText },
  signInAttemptsPerMinute: { env: 'LEAPFROG_SIGNIN_PER_MINUTE', default: '10', parse: numberOrText },
};

function numberOrText(s: string): unknown {
  return /^-?\d+$/.test(s) ? Number(s) : s;
}
function booleanOrText(s: string): unknown {
  return s === 'true' || s === '1' ? true : s === 'false' || s === '0' ? false : s;
}

export class ConfigError extends Error {}

/** Reads settings from `env`, checks them all, and fails with one message naming every bad value. */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Config> = {}): Config {
  const raw: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(ENV)) {
    const value = env[spec.env] ?? spec.default;
    if (value !== undefined && value !== '') raw[key] = spec.parse(value);
  }
  Object.assign(raw, overrides);
  if (raw.secureCookies === undefined) raw.secureCookies = String(raw.publicUrl ?? '').startsWith('https:');
  const problems = [...Value.Errors(ConfigSchema, raw)].map((e) => {
    const key = e.path.replace(/^\//, '') as keyof Config;
    const spec = ENV[key];
    return `${spec?.env ?? key}=${JSON.stringify(raw[key] ?? '')}: ${e.message}`;
  });
  if (problems.length) throw new ConfigError(`Invalid settings:\n  ${problems.join('\n  ')}`);
  return Object.freeze(raw as Config);
}

/** The settings table for documentation and `leapfrog --help`. */
export const SETTINGS = Object.entries(ENV).map(([key, s]) => ({ key, env: s.env, default: key === 'secureCookies' ? 'true when LEAPFROG_PUBLIC_URL is https' : s.default }));
