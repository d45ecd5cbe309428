import type { FastifyInstance } from 'fastify';
import type { Agent } from './agents.ts';

/** Fields of a posted form; arrays repeat the name, as checkboxes and multiple selects do. */
export type FormFields = Record<string, string | string[]>;

/** A urlencoded body of `fields`. */
export function encodeForm(fields: FormFields): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) p.append(k, x);
  return p.toString();
}

/** POSTs a form as `agent` (by default `fallback`), with its session cookie and CSRF token, and GETs pages as an agent or a visitor. */
export function formClient(app: FastifyInstance, fallback: () => Agent) {
  return {
    post: (url: string, fields: FormFields, agent: Agent = fallback()) =>
      app.inject({ method: 'POST', url, payload: encodeForm({ ...fields, _csrf: agent.csrf }), headers: { cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded' } }),
    get: (url: string, agent?: Agent) => app.inject({ url, headers: agent ? { cookie: agent.cookie } : {} }),
  };
}
