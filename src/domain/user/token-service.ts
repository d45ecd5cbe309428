import { authorize, type Actor } from '../access/access.ts';
import { auditEntry } from '../audit/audit-service.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { UnitOfWork } from '../ports.ts';
import { schemaErrors } from '../validation.ts';
import { TokenNameSchema } from './account-input.ts';
import { hashSecret, newSecret } from './secret.ts';
import { actorOf, normaliseEmail, type ApiToken, type TokenScope } from './user.ts';

/** Personal API tokens: created with a name and a scope, shown once, stored hashed, revocable. */
export class TokenService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private async createFor(userId: string, by: Actor, body: unknown): Promise<{ token: string; record: ApiToken }> {
    const errors = schemaErrors(TokenNameSchema, body);
    if (errors.length) throw new ValidationError(errors);
    const { name, scope } = body as { name: string; scope: TokenScope };
    const token = newSecret('lf_');
    const now = this.clock().toISOString();
    const record: ApiToken = { id: newId(), userId, name: name.trim(), scope, tokenHash: hashSecret(token), createdAt: now };
    await this.uow.transaction(async (stores) => {
      await stores.apiTokens.insert(record);
      await stores.audit.add(auditEntry('token-created', by.id ?? by.label, now, { subject: record.id, detail: { user: userId, scope, name: record.name } }));
    });
    return { token, record };
  }

  /** A new token for the signed-in user; the secret is returned once and never again. */
  async create(actor: Actor, body: unknown): Promise<{ token: string; record: ApiToken }> {
    authorize(actor, 'account:use');
    return this.createFor(actor.id!, actor, body);
  }

  /** A new token for any user (command line, admins). */
  async createForEmail(actor: Actor, email: string, body: unknown): Promise<{ token: string; record: ApiToken }> {
    authorize(actor, 'user:manage');
    const user = await this.uow.users.byEmail(normaliseEmail(email));
    if (!user) throw new NotFoundError('user', email);
    return this.createFor(user.id, actor, body);
  }

  /** The signed-in user's tokens, revoked ones included (without their hashes). */
  async list(actor: Actor): Promise<Omit<ApiToken, 'tokenHash'>[]> {
    authorize(actor, 'account:use');
    return (await this.uow.apiTokens.listForUser(actor.id!)).map(({ tokenHash: _h, ...t }) => t);
  }

  /** Revokes one of the signed-in user's tokens; another user's token is a 404. */
  async revoke(actor: Actor, id: string): Promise<void> {
    authorize(actor, 'account:use');
    const now = this.clock().toISOString();
    await this.uow.transaction(async (stores) => {
      const token = (await stores.apiTokens.listForUser(actor.id!)).find((t) => t.id === id);
      if (!token) throw new NotFoundError('token', id);
      if (token.revokedAt) return;
      await stores.apiTokens.update({ ...token, revokedAt: now });
      await stores.audit.add(auditEntry('token-revoked', actor.id!, now, { subject: id }));
    });
  }

  /** The actor a bearer token stands for, or undefined when it is unknown or revoked. */
  async actorFor(token: string): Promise<Actor | undefined> {
    const record = await this.uow.apiTokens.byHash(hashSecret(token));
    if (!record || record.revokedAt) return undefined;
    const user = await this.uow.users.get(record.userId);
    if (!user) return undefined;
    const now = this.clock().toISOString();
    // Recorded at most once a minute: a busy client should not turn every read into a write.
    if (!record.lastUsedAt || Date.parse(now) - Date.parse(record.lastUsedAt) > 60_000) await this.uow.apiTokens.update({ ...record, lastUsedAt: now });
    return actorOf(user, record.scope);
  }
}
