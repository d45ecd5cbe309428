import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { authorize } from '../../../domain/access/access.ts';
import { ValidationError } from '../../../domain/errors.ts';
import { choiceErrors } from '../../../domain/classify/form-suggestions.ts';
import type { Initiative } from '../../../domain/initiative/initiative.ts';
import { initiativeReviewPort } from '../../../domain/initiative/initiative-service.ts';
import { contextFor, langOf, seeOther, sendPage, type PageDeps } from '../page.ts';
import type { ClassificationLink } from '../../../domain/classification/classification.ts';
import { formErrors, formText, formToInput, intentOf, recordToForm, suggestionChoicesOf, type FormBody } from './initiative-form-data.ts';
import { InitiativeFormPage, type InitiativeFormProps } from './initiative-form-page.tsx';

type IdParams = { Params: { lang: string; id: string } };
type Notice = 'draft-saved' | 'saved' | 'check-duplicates';
const NOTICES: readonly Notice[] = ['draft-saved', 'saved', 'check-duplicates'];

/**
 * The initiative form: new and edit pages, with Preview (nothing saved), Save draft and Submit for review.
 * The form's fields become the API's input (initiative-form-data.ts) and go to the same service as the API.
 * A first submit with probable duplicates saves the draft and comes back to the form listing them, until
 * "This is not a duplicate" is ticked. "Suggest SDG targets, technologies and WSIS lines" re-renders the form with the
 * classifier's suggestions as unticked boxes; on save, ticked ones become confirmed machine links and the others
 * stored rejections (SuggestionService.applyFormChoices).
 */
export function initiativeFormPages(deps: PageDeps) {
  const { services } = deps;
  const organisationChoices = async () => (await services.organisations.list(1, 200)).items;

  /** Re-renders the form (with values as typed) for a preview, added rows or field errors. */
  async function renderForm(req: FastifyRequest, reply: FastifyReply, props: Omit<InitiativeFormProps, 'ctx' | 'organisations'>, status = 200) {
    const ctx = contextFor(req, deps);
    return sendPage(reply, h(InitiativeFormPage, { ctx, organisations: await organisationChoices(), ...props }), status);
  }

  /** Handles a POST of the form, for a new record (`record` undefined) or an edit. */
  async function handle(req: FastifyRequest, reply: FastifyReply, record?: Initiative) {
    const body = (req.body ?? {}) as FormBody;
    const intent = intentOf(body);
    const lang = langOf(req);
    const { input, paths } = formToInput(body, record);
    const choices = suggestionChoicesOf(body);
    // Suggestions are shown when asked for, and kept on every re-render until the form is saved.
    const suggestions = async (): Promise<ClassificationLink[] | undefined> =>
      intent.kind === 'suggest' || choices.offered.length
        ? services.suggestions.suggestForDraft(req.actor, { ...formText(body), existing: input.classifications as ClassificationLink[], recordId: record?.id })
        : undefined;
    if (intent.kind === 'add-row' || intent.kind === 'suggest') return renderForm(req, reply, { body, record, suggestions: await suggestions() });
    try {
      if (intent.kind === 'preview') {
        const preview = await services.initiatives.preview(req.actor, input, record?.id);
        const [organisations, duplicates] = await Promise.all([services.organisations.getMany(preview.organisations.map((o) => o.organisationId)), services.initiatives.duplicatesOf(req.actor, preview)]);
        return renderForm(req, reply, { body, record, preview: { record: preview, organisations }, duplicates, duplicatesBlockSubmit: preview.workflowState === 'draft', suggestions: await suggestions() });
      }
      const badChoices = choiceErrors(choices);
      if (badChoices.length) throw new ValidationError(badChoices);
      const saved = record ? await services.initiatives.update(req.actor, record.id, input) : await services.initiatives.create(req.actor, input, { provenance: { source: 'form' } });
      if (choices.offered.length) await services.suggestions.applyFormChoices(req.actor, saved.id, choices);
      if (intent.kind === 'draft') return seeOther(reply, lang, `/initiatives/${saved.id}/edit?notice=${saved.workflowState === 'published' ? 'saved' : 'draft-saved'}`);
      // Duplicates are shown before the first submit only: a record sent back with changes was seen already.
      if (saved.workflowState === 'draft' && !intent.notDuplicate && (await services.initiatives.duplicates(req.actor, saved.id)).length) {
        return seeOther(reply, lang, `/initiatives/${saved.id}/edit?notice=check-duplicates`);
      }
      await services.initiatives.transition(req.actor, saved.id, 'submit', undefined, req.ip);
      return seeOther(reply, lang, `/initiatives/${saved.id}/history`);
    } catch (err) {
      if (err instanceof ValidationError) return renderForm(req, reply, { body, record, errors: formErrors(err.errors, paths), suggestions: await suggestions() }, 400);
      throw err;
    }
  }

  /** The record to edit, or 404 / 403 as the access module decides. */
  async function editable(req: FastifyRequest<IdParams>): Promise<Initiative> {
    const record = await services.initiatives.get(req.actor, req.params.id);
    authorize(req.actor, 'record:update', initiativeReviewPort.facts(record));
    return record;
  }

  return async (app: FastifyInstance) => {
    app.get('/:lang/initiatives/new', { schema: { hide: true } }, async (req, reply) => {
      authorize(req.actor, 'record:create');
      const ctx = contextFor(req, deps);
      return renderForm(req, reply, { body: { originalLang: ctx.lang } });
    });

    app.post('/:lang/initiatives/new', { schema: { hide: true } }, async (req, reply) => {
      authorize(req.actor, 'record:create');
      return handle(req, reply);
    });

    app.get<IdParams & { Querystring: { notice?: string } }>('/:lang/initiatives/:id/edit', { schema: { hide: true } }, async (req, reply) => {
      const record = await editable(req);
      const ctx = contextFor(req, deps);
      const notice = NOTICES.find((n) => n === req.query.notice);
      const duplicates = record.workflowState === 'published' ? [] : await services.initiatives.duplicates(req.actor, record.id);
      const text: Record<Notice, string> = {
        'draft-saved': ctx.t('The draft is saved. It is not public until a moderator publishes it.'),
        saved: ctx.t('Your changes are saved.'),
        'check-duplicates': ctx.t('The draft is saved but not submitted: please check the possible duplicates below first.'),
      };
      const body = recordToForm(record, (m49) => ctx.vocab.countryByM49.get(m49)?.iso3);
      return renderForm(req, reply, { body, record, duplicates, duplicatesBlockSubmit: record.workflowState === 'draft', notice: notice && text[notice] });
    });

    app.post<IdParams>('/:lang/initiatives/:id/edit', { schema: { hide: true } }, async (req, reply) => handle(req, reply, await editable(req)));
  };
}
