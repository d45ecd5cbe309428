import type { ClassificationLink } from '../../../domain/classification/classification.ts';
import { suggestionKey } from '../../../domain/classify/form-suggestions.ts';
import { EVIDENCE_SEPARATOR } from '../../../domain/classify/suggestion-links.ts';
import type { PageContext } from '../../views/context.ts';
import { valuesOf, type FormBody } from './initiative-form-data.ts';
import { suggestionLabel } from './suggestions-section.tsx';

/**
 * Machine suggestions inside the submission form, without script: a submit button asks for them (the form comes
 * back with them); each is an unticked box with its score, the phrases of the text that led to it and its source.
 * Hidden `machineOffered` fields say what was offered, so an unticked box is recorded as a rejection on save.
 */
export function MachineSuggestionFields({ ctx, body, suggestions }: { ctx: PageContext; body: FormBody; suggestions?: ClassificationLink[] }) {
  const { t, fmt } = ctx;
  const ticked = new Set(valuesOf(body, 'machineAccepted'));
  return (
    <section aria-labelledby="form-suggestions" id="suggestions">
      <h2 id="form-suggestions">{t('Machine suggestions')}</h2>
      <p class="hint">{t('The classifier reads the title, summary, description and impact in the original language and suggests SDG goals and targets, technologies and WSIS lines. Tick the ones that fit: they are saved as links confirmed by you; the others are recorded as rejected.')}</p>
      <p>
        <button type="submit" name="intent" value="suggest" class="secondary">
          {t('Suggest SDG targets, technologies and WSIS lines')}
        </button>
      </p>
      {suggestions === undefined ? null : suggestions.length ? (
        <fieldset class="checkboxes">
          <legend>{t('Suggested by the machine: tick the ones that fit')}</legend>
          {suggestions.map((link) => {
            const key = suggestionKey(link);
            const id = `machine-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;
            return (
              <div class="claim">
                <input type="hidden" name="machineOffered" value={key} />
                <input type="checkbox" id={id} name="machineAccepted" value={key} checked={ticked.has(key)} aria-describedby={link.evidenceText ? `${id}-evidence` : undefined} />{' '}
                <label for={id}>{suggestionLabel(ctx, link)}</label>
                <span class="claim-source">
                  {' '}
                  — {t('Suggested by the machine')} · {t('score {value}', { value: `${fmt.number(Math.round((link.confidence ?? 0) * 100))} %` })}
                </span>
                {link.evidenceText ? (
                  <p class="evidence" id={`${id}-evidence`}>
                    <span class="evidence-label">{t('Phrases that led to it:')}</span>{' '}
                    {link.evidenceText.split(EVIDENCE_SEPARATOR).map((p, i) => [i ? ', ' : '', <q><mark>{p}</mark></q>])}
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ) : (
        <p role="status">{t('The classifier has nothing to suggest for this text yet: add a summary or a description and ask again.')}</p>
      )}
    </section>
  );
}
