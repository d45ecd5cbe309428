import { authorize, ROLES, type Actor, type Role } from '../access/access.ts';
import { auditEntry } from '../audit/audit-service.ts';
import { InvalidLinkError, LockedOutError, NotFoundError, SignInFailedError, ValidationError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Mailer, Stores, UnitOfWork } from '../ports.ts';
import { schemaErrors } from '../validation.ts';
import type { Lang } from '../vocabulary/language.ts';
import { AddUserSchema, ResetSchema, SignUpSchema, type AddUserInput, type SignUpInput } from './account-input.ts';
import { alreadyRegisteredMail, resetMail, verifyMail } from './account-mail.ts';
import { hashPassword, hashSecret, newPassword, newSecret, verifyPassword } from './secret.ts';
import { actorOf, normaliseEmail, type EmailTokenPurpose, type User } from './user.ts';

export interface AccountOptions {
  publicUrl: string;
  sessionHours: number;
  signInFailuresBeforeLockout: number;
  lockoutMinutes: number;
}

const HOUR = 3_600_000;
const LINK_HOURS: Record<EmailTokenPurpose, number> = { verify: 48, reset: 1 };
// Compared against when the email is unknown, so a wrong email costs as much time as a wrong password.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Sign-up with email verification, sign-in with lockout, sessions, password reset, users and roles. */
export class AccountService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly mailer: Mailer,
    private readonly opts: AccountOptions,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private now = () => this.clock().toISOString();
  private link = (lang: Lang, path: string) => `${this.opts.publicUrl}/${lang}${path}`;

  private async issueLink(stores: Stores, user: User, purpose: EmailTokenPurpose): Promise<string> {
    const secret = newSecret();
    const now = this.clock();
    await stores.emailTokens.insert({ tokenHash: hashSecret(secret), userId: user.id, purpose, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + LINK_HOURS[purpose] * HOUR).toISOString() });
    return secret;
  }

  /** Creates an unverified contributor and emails a verification link. An address already known gets a different email, and the same answer. */
  async signUp(body: unknown): Promise<void> {
    const errors = schemaErrors(SignUpSchema, body);
    if (errors.length) throw new ValidationError(errors);
    const input = body as SignUpInput;
    const email = normaliseEmail(input.email);
    const lang: Lang = input.lang ?? 'en';
    const existing = await this.uow.users.byEmail(email);
    if (existing) {
      const mail = alreadyRegisteredMail(existing.lang, this.link(existing.lang, '/forgot-password'));
      await this.mailer.send({ to: email, ...mail });
      return;
    }
    const passwordHash = await hashPassword(input.password);
    const now = this.now();
    const user: User = { id: newId(), email, passwordHash, role: 'contributor', displayName: input.displayName.trim(), organisationIds: [], lang, failedSignIns: 0, createdAt: now, updatedAt: now };
    const secret = await this.uow.transaction(async (stores) => {
      await stores.users.insert(user);
      await stores.audit.add(auditEntry('user-created', user.id, now, { subject: user.id, detail: { via: 'sign-up' } }));
      return this.issueLink(stores, user, 'verify');
    });
    await this.mailer.send({ to: email, ...verifyMail(lang, this.link(lang, `/verify-email?token=${secret}`)) });
  }

  private async takeLink(stores: Stores, secret: string, purpose: EmailTokenPurpose): Promise<User> {
    const token = await stores.emailTokens.get(hashSecret(secret), purpose);
    const now = this.now();
    if (!token || token.usedAt || token.expiresAt < now) throw new InvalidLinkError();
    const user = await stores.users.get(token.userId);
    if (!user) throw new InvalidLinkError();
    await stores.emailTokens.markUsed(token.tokenHash, now);
    return user;
  }

  /** Marks the address of the link's user as verified. */
  async verifyEmail(secret: string): Promise<User> {
    return this.uow.transaction(async (stores) => {
      const user = await this.takeLink(stores, secret, 'verify');
      const saved = { ...user, emailVerifiedAt: user.emailVerifiedAt ?? this.now(), updatedAt: this.now() };
      await stores.users.update(saved);
      return saved;
    });
  }

  /**
   * Checks the password; after `signInFailuresBeforeLockout` failures in a row the account is locked for
   * `lockoutMinutes`. Returns the new session's secret id (the cookie value); only its hash is stored.
   */
  async signIn(emailInput: string, password: string, ip?: string): Promise<{ sessionId: string; user: User }> {
    const email = normaliseEmail(emailInput ?? '');
    const user = email ? await this.uow.users.byEmail(email) : undefined;
    const now = this.clock();
    const at = now.toISOString();
    if (user?.lockedUntil && user.lockedUntil > at) {
      await this.uow.audit.add(auditEntry('sign-in-failed', user.id, at, { subject: user.id, ip, detail: { reason: 'locked' } }));
      throw new LockedOutError(user.lockedUntil);
    }
    const ok = await verifyPassword(String(password ?? ''), user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) {
      await this.uow.transaction(async (stores) => {
        await stores.audit.add(auditEntry('sign-in-failed', user?.id ?? email.slice(0, 320), at, { subject: user?.id, ip, detail: { reason: user ? 'password' : 'unknown-email' } }));
        if (!user) return;
        const failures = user.failedSignIns + 1;
        const lock = failures >= this.opts.signInFailuresBeforeLockout;
        const lockedUntil = lock ? new Date(now.getTime() + this.opts.lockoutMinutes * 60_000).toISOString() : undefined;
        await stores.users.update({ ...user, failedSignIns: lock ? 0 : failures, lockedUntil, updatedAt: at });
        if (lock) await stores.audit.add(auditEntry('lockout', user.id, at, { subject: user.id, ip, detail: { until: lockedUntil! } }));
      });
      throw new SignInFailedError();
    }
    if (!user.emailVerifiedAt) throw new SignInFailedError();
    const sessionId = newSecret();
    await this.uow.transaction(async (stores) => {
      await stores.users.update({ ...user, failedSignIns: 0, lockedUntil: undefined, updatedAt: at });
      await stores.sessions.insert({ idHash: hashSecret(sessionId), userId: user.id, createdAt: at, expiresAt: new Date(now.getTime() + this.opts.sessionHours * HOUR).toISOString() });
      await stores.audit.add(auditEntry('sign-in', user.id, at, { subject: user.id, ip }));
    });
    return { sessionId, user };
  }

  /**
   * Deletes expired sessions and used or expired email links: they can no longer sign anyone in, and keeping
   * them only keeps data. Run by the server every LEAPFROG_SESSION_PURGE_SECONDS and by `sessions purge`.
   */
  async purgeExpired(actor: Actor): Promise<{ sessions: number; emailTokens: number }> {
    authorize(actor, 'user:manage');
    const now = this.now();
    return this.uow.transaction(async (stores) => ({ sessions: await stores.sessions.deleteExpired(now), emailTokens: await stores.emailTokens.deleteSpent(now) }));
  }

  /** The actor of a session cookie, or undefined when it is unknown or expired. */
  async sessionActor(sessionId: string): Promise<Actor | undefined> {
    const session = await this.uow.sessions.get(hashSecret(sessionId));
    if (!session || session.expiresAt <= this.now()) return undefined;
    const user = await this.uow.users.get(session.userId);
    return user ? actorOf(user) : undefined;
  }

  /** Ends one session. */
  async signOut(sessionId: string): Promise<void> {
    await this.uow.sessions.delete(hashSecret(sessionId));
  }

  /** Emails a reset link when the address has an account; says nothing either way. */
  async requestPasswordReset(emailInput: string): Promise<void> {
    const user = await this.uow.users.byEmail(normaliseEmail(String(emailInput ?? '')));
    if (!user) return;
    const secret = await this.uow.transaction((stores) => this.issueLink(stores, user, 'reset'));
    await this.mailer.send({ to: user.email, ...resetMail(user.lang, this.link(user.lang, `/reset-password?token=${secret}`)) });
  }

  /** Sets a new password from a reset link, verifies the address (the link proved it), unlocks, and ends every session. */
  async resetPassword(secret: string, body: unknown): Promise<void> {
    const errors = schemaErrors(ResetSchema, body);
    if (errors.length) throw new ValidationError(errors);
    const passwordHash = await hashPassword((body as { password: string }).password);
    await this.uow.transaction(async (stores) => {
      const user = await this.takeLink(stores, secret, 'reset');
      const now = this.now();
      await stores.users.update({ ...user, passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now, failedSignIns: 0, lockedUntil: undefined, updatedAt: now });
      await stores.sessions.deleteForUser(user.id);
      await stores.audit.add(auditEntry('password-reset', user.id, now, { subject: user.id }));
    });
  }

  /** Creates a verified user (command line, admins). Returns the password, generated when none is given. */
  async addUser(actor: Actor, body: unknown): Promise<{ user: User; password: string }> {
    authorize(actor, 'user:manage');
    const errors = schemaErrors(AddUserSchema, body);
    if (errors.length) throw new ValidationError(errors);
    const input = body as AddUserInput;
    const email = normaliseEmail(input.email);
    const password = input.password ?? newPassword();
    const passwordHash = await hashPassword(password);
    const now = this.now();
    const user: User = { id: newId(), email, passwordHash, role: input.role, displayName: input.displayName ?? email.split('@')[0]!, organisationIds: [], lang: 'en', emailVerifiedAt: now, failedSignIns: 0, createdAt: now, updatedAt: now };
    await this.uow.transaction(async (stores) => {
      if (await stores.users.byEmail(email)) throw new ValidationError([{ field: 'email', code: 'taken', message: `${email} already has an account` }]);
      await stores.users.insert(user);
      await stores.audit.add(auditEntry('user-created', actor.id ?? actor.label, now, { subject: user.id, detail: { role: user.role } }));
    });
    return { user, password };
  }

  /** Changes a user's role (and, for organisation editors, their organisations). */
  async setRole(actor: Actor, email: string, role: string, organisationIds?: string[]): Promise<User> {
    authorize(actor, 'user:manage');
    if (!(ROLES as readonly string[]).includes(role)) throw new ValidationError([{ field: 'role', code: 'not-allowed', message: `Expected one of: ${ROLES.join(', ')}` }]);
    return this.uow.transaction(async (stores) => {
      const user = await stores.users.byEmail(normaliseEmail(email));
      if (!user) throw new NotFoundError('user', email);
      const now = this.now();
      const saved: User = { ...user, role: role as Role, organisationIds: organisationIds ?? user.organisationIds, updatedAt: now };
      await stores.users.update(saved);
      await stores.audit.add(auditEntry('role-changed', actor.id ?? actor.label, now, { subject: user.id, detail: { from: user.role, to: saved.role } }));
      return saved;
    });
  }

  /** Users for the admin page, oldest first. */
  async list(actor: Actor, page = 1, limit = 50) {
    authorize(actor, 'user:manage');
    const p = Math.max(1, page);
    return { ...(await this.uow.users.list((p - 1) * limit, limit)), page: p, limit };
  }

  /** The signed-in user's own account. */
  async me(actor: Actor): Promise<User> {
    authorize(actor, 'account:use');
    const user = await this.uow.users.get(actor.id!);
    if (!user) throw new NotFoundError('user', actor.id!);
    return user;
  }
}
