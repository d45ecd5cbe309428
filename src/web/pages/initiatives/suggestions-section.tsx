import type { ClassificationLink } from '../../../domain/classification/classification.ts';
import { EVIDENCE_SEPARATOR } from '../../../domain/classify/suggestion-links.ts';
import type { PageContext } from '../../views/context.ts';
import { CsrfField } from '../../views/form.tsx';

/** The name of a suggested code in the reader's language: "SDG 5: Gender equality", "Target 9.c", "Artificial intelligence". */
export function suggestionLabel(ctx: PageContext, link: ClassificationLink): string {
  const { t, vocab, lang } = ctx;
  switch (link.scheme) {
    case 'sdg-goal':
      return `${t('SDG {goal}', { goal: link.code })}: ${vocab.goal(Number(link.code))?.short[lang] ?? ''}`;
    case 'sdg-target':
      return t('Target {target}', { target: link.code });
    case 'technology':
      return vocab.techBySlug.get(link.code)?.labels[lang] ?? link.code;
    case 'wsis':
      return `${link.code} ${vocab.wsisByCode.get(link.code)?.labels[lang] ?? ''}`;
  }
}

/**
 * Machine suggestions waiting for a decision, shown only to who may decide (the author, moderators): each with its
 * score, the phrases that led to it, and accept / reject buttons (POST forms with the CSRF field, no script); plus a button asking for
 * new suggestions.
 */
export function SuggestionsSection({ ctx, recordId, pending }: { ctx: PageContext; recordId: string; pending: ClassificationLink[] }) {
  const { t, fmt, href } = ctx;
  return (
    <section aria-labelledby="suggestions" class="record-section">
      <h2 id="suggestions">{t('Machine suggestions')}</h2>
      <p>{t('The classifier read this record and suggests these links. They count only once you accept them; a rejected suggestion is not made again.')}</p>
      {pending.length ? (
        <ul>
          {pending.map((link) => (
            <li class="claim">
              <span>{suggestionLabel(ctx, link)}</span>
              <span class="claim-source"> — {t('score {value}', { value: `${fmt.number(Math.round((link.confidence ?? 0) * 100))} %` })}</span>
              {link.evidenceText ? (
                <p class="evidence">
                  <span class="evidence-label">{t('Phrases that led to it:')}</span> {link.evidenceText.split(EVIDENCE_SEPARATOR).map((p, i) => (i ? [', ', <q>{p}</q>] : <q>{p}</q>))}
                </p>
              ) : null}
              <form method="post" action={href(`/initiatives/${recordId}/suggestions/decide`)}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="scheme" value={link.scheme} />
                <input type="hidden" name="code" value={link.code} />
                <button type="submit" name="accept" value="true">{t('Accept')}</button>{' '}
                <button type="submit" name="accept" value="false">{t('Reject')}</button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('No suggestion is waiting for a decision.')}</p>
      )}
      <form method="post" action={href(`/initiatives/${recordId}/suggestions`)}>
        <CsrfField ctx={ctx} />
        <button type="submit">{t('Suggest links from the text')}</button>
      </form>
    </section>
  );
}
