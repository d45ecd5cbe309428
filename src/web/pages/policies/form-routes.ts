import { h } from 'preact';
import type { Actor } from '../../../domain/access/access.ts';
import type { Initiative } from '../../../domain/initiative/initiative.ts';
import type { Policy } from '../../../domain/policy/policy.ts';
import { policyReviewPort } from '../../../domain/policy/policy-service.ts';
import { areaMembers } from '../../../domain/policy/policy-build.ts';
import type { PageDeps } from '../page.ts';
import { recordFormPages } from '../record-form/form-routes.ts';
import { policyFormToInput, policyToForm } from './policy-form-data.ts';
import { PolicyFormPage } from './policy-form-page.tsx';
import type { PolicyPageData } from './policy-page.tsx';

/** Relations offer at most this many of the latest records of each type (a linked record is always kept). */
const CHOICES = 100;

/**
 * The policy form: new and edit pages (record-form/form-routes.ts), the same pattern as initiatives. The
 * form's fields become the API's policy input (policy-form-data.ts) and go to the same service as the API.
 */
export function policyFormPages(deps: PageDeps) {
  const { services } = deps;
  const policies = services.policies;

  /** The record page's data for a preview: its relations as the reader may see them. */
  async function previewData(actor: Actor, policy: Policy): Promise<PolicyPageData> {
    const related = await policies.related(actor, policy);
    const initiatives = await Promise.all(policy.initiatives.map(async (r) => ({ relation: r.relation, initiative: await services.initiatives.get(actor, r.initiativeId).catch(() => undefined) })));
    return { policy, related, initiatives: initiatives.filter((r): r is typeof r & { initiative: Initiative } => r.initiative !== undefined) };
  }

  return recordFormPages(deps, {
    base: 'policies',
    get: (actor, id) => policies.get(actor, id),
    facts: (record) => policyReviewPort.facts(record),
    preview: (actor, input, id) => policies.preview(actor, input, id),
    create: (actor, input) => policies.create(actor, input, { provenance: { source: 'form' } }),
    update: (actor, id, input) => policies.update(actor, id, input),
    submit: (actor, id, ip) => policies.transition(actor, id, 'submit', undefined, ip),
    duplicates: (actor, id) => policies.duplicates(actor, id),
    duplicatesOf: (actor, record) => policies.duplicatesOf(actor, record),
    toInput: policyFormToInput,
    toForm: (record, ctx) => policyToForm(record, (m49) => ctx.vocab.countryByM49.get(m49)?.iso3, (code) => areaMembers(ctx.vocab, code)),
    async page(ctx, actor, { preview, ...state }) {
      const [policyChoices, initiativeChoices, previewPage] = await Promise.all([
        policies.list(actor, { limit: CHOICES }),
        services.initiatives.list(actor, { limit: CHOICES }),
        preview ? previewData(actor, preview) : undefined,
      ]);
      return h(PolicyFormPage, { ctx, policies: policyChoices.items, initiatives: initiativeChoices.items, ...state, preview: previewPage });
    },
  });
}
