import { h } from 'preact';
import { initiativeReviewPort } from '../../../domain/initiative/initiative-service.ts';
import type { PageDeps } from '../page.ts';
import { recordFormPages } from '../record-form/form-routes.ts';
import type { ClassificationLink } from '../../../domain/classification/classification.ts';
import { formText, formToInput, recordToForm, suggestionChoicesOf } from './initiative-form-data.ts';
import { InitiativeFormPage } from './initiative-form-page.tsx';

/**
 * The initiative form: new and edit pages (record-form/form-routes.ts). The form's fields become the
 * API's input (initiative-form-data.ts) and go to the same service as the API. "Suggest SDG targets,
 * technologies and WSIS lines" re-renders the form with the classifier's suggestions as unticked boxes; on
 * save, ticked ones become confirmed machine links and the others stored rejections, in the save's
 * transaction (SuggestionService.formChoicesStep).
 */
export function initiativeFormPages(deps: PageDeps) {
  const { services } = deps;
  const initiatives = services.initiatives;
  return recordFormPages(deps, {
    base: 'initiatives',
    get: (actor, id) => initiatives.get(actor, id),
    facts: (record) => initiativeReviewPort.facts(record),
    preview: (actor, input, id) => initiatives.preview(actor, input, id),
    create: (actor, input, afterSave) => initiatives.create(actor, input, { provenance: { source: 'form' }, afterSave }),
    update: (actor, id, input, afterSave) => initiatives.update(actor, id, input, afterSave),
    submit: (actor, id, ip) => initiatives.transition(actor, id, 'submit', undefined, ip),
    duplicates: (actor, id) => initiatives.duplicates(actor, id),
    duplicatesOf: (actor, record) => initiatives.duplicatesOf(actor, record),
    toInput: formToInput,
    toForm: (record, ctx) => recordToForm(record, (m49) => ctx.vocab.countryByM49.get(m49)?.iso3),
    suggestions: {
      forPage: async (actor, body, input, record, asked) =>
        asked || suggestionChoicesOf(body).offered.length
          ? services.suggestions.suggestForDraft(actor, { ...formText(body), existing: input.classifications as ClassificationLink[], recordId: record?.id })
          : undefined,
      choicesStep: async (actor, body) => {
        const choices = suggestionChoicesOf(body);
        return choices.offered.length ? services.suggestions.formChoicesStep(actor, choices) : undefined;
      },
    },
    async page(ctx, _actor, { preview, ...state }) {
      const [choices, previewOrganisations] = await Promise.all([
        services.organisations.list(1, 200),
        preview ? services.organisations.getMany(preview.organisations.map((o) => o.organisationId)) : [],
      ]);
      return h(InitiativeFormPage, { ctx, organisations: choices.items, ...state, preview: preview && { record: preview, organisations: previewOrganisations } });
    },
  });
}
