import type { FastifyInstance } from 'fastify';
import { CLI_ACTOR, type Role } from '../../src/domain/access/access.ts';
import type { Services } from '../../src/services.ts';

/** A signed-in test user: a session cookie for pages, a write token for the API, and a CSRF pair for forms. */
export interface Agent {
  role: Role;
  userId?: string;
  email?: string;
  cookie: string;
  csrf: string;
  bearer?: string;
}

const PASSWORD = 'correct horse battery staple';

/** The CSRF token of a form page and the cookies it set, joined to `cookie`. */
export async function withCsrf(app: FastifyInstance, cookie: string): Promise<{ cookie: string; csrf: string }> {
  const res = await app.inject({ url: '/en/sign-in', headers: cookie ? { cookie } : {} });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
  if (!csrf) throw new Error('no CSRF token on the sign-in page');
  const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);
  return { cookie: [cookie, ...set].filter(Boolean).join('; '), csrf };
}

/** Creates a verified user of `role` (none for visitors), signs in, and makes a write token. */
export async function agentFor(app: FastifyInstance, services: Services, role: Role, organisationIds: string[] = []): Promise<Agent> {
  if (role === 'visitor') return { role, ...(await withCsrf(app, '')) };
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const { user } = await services.accounts.addUser(CLI_ACTOR, { email, role, password: PASSWORD });
  if (organisationIds.length) await services.accounts.setRole(CLI_ACTOR, email, role, organisationIds);
  const { sessionId } = await services.accounts.signIn(email, PASSWORD);
  const { token } = await services.tokens.createForEmail(CLI_ACTOR, email, { name: 'tests', scope: 'write' });
  return { role, userId: user.id, email, bearer: token, ...(await withCsrf(app, `lf_session=${sessionId}`)) };
}

/** Signs `email` in once more: a second session (for sign-out tests). */
export async function freshSession(app: FastifyInstance, services: Services, email: string): Promise<{ cookie: string; csrf: string }> {
  const { sessionId } = await services.accounts.signIn(email, PASSWORD);
  return withCsrf(app, `lf_session=${sessionId}`);
}

export { PASSWORD as TEST_PASSWORD };
