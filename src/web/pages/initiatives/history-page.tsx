import { can, type RecordFacts } from '../../../domain/access/access.ts';
import type { Lang, LangMap } from '../../../domain/vocabulary/language.ts';
import type { DuplicateOf } from '../../../domain/review/duplicates.ts';
import type { ReviewEvent } from '../../../domain/ports.ts';
import type { Reviewable, VersionView } from '../../../domain/review/review-service.ts';
import { nextState, WORKFLOW_ACTIONS, type WorkflowAction } from '../../../domain/review/workflow.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { LangText, textOf } from '../../views/text.tsx';
import { CsrfField } from '../../views/form.tsx';
import { DuplicatesNotice } from '../../views/components.tsx';
import { stateLabel } from '../../views/labels.ts';
import { VersionList } from '../../views/versions.tsx';

/** What the history page shows of any reviewable record (initiatives, policies). */
export interface HistoryRecord extends Reviewable {
  title: LangMap;
  originalLang: Lang;
}

interface HistoryProps {
  ctx: PageContext;
  record: HistoryRecord;
  /** The access facts of the record (organisations for initiatives). */
  facts: RecordFacts;
  /** Where the record lives: '/initiatives' or '/policies'. */
  base: string;
  events: ReviewEvent[];
  versions: VersionView[];
  names: Record<string, string>;
  duplicates: DuplicateOf[];
}

const actionLabel = (t: PageContext['t'], a: WorkflowAction): string =>
  ({ submit: t('Submit for review'), 'request-changes': t('Request changes'), publish: t('Publish'), decline: t('Decline'), archive: t('Archive') })[a];

/** The public review trail (who, when, what, comment), the versions with their changes, and the review forms. */
export function HistoryPage({ ctx, record: i, facts, base, events, versions, names, duplicates }: HistoryProps) {
  const { t, fmt, href, actor } = ctx;
  const who = (id: string) => names[id] ?? id;
  const isModerator = can(actor, 'record:review', facts);
  const moves = WORKFLOW_ACTIONS.filter((a) => nextState(i.workflowState, a) && (isModerator || (a === 'submit' && i.createdBy === actor.id && can(actor, 'record:update', facts))));
  return (
    <Layout ctx={ctx} title={t('History of {title}', { title: textOf(ctx, i.title, i.originalLang) })}>
      <p>
        <a href={href(`${base}/${i.id}`)}>
          <LangText ctx={ctx} map={i.title} original={i.originalLang} />
        </a>
      </p>
      <h1>{t('History and review')}</h1>
      <p>{t('State: {state}', { state: stateLabel(t, i.workflowState) })}</p>

      {duplicates.length && (isModerator || i.createdBy === actor.id) ? (
        <DuplicatesNotice ctx={ctx} duplicates={duplicates} base={base} />
      ) : null}

      {moves.length ? (
        <section aria-labelledby="review">
          <h2 id="review">{t('Review')}</h2>
          <form method="post" action={href(`${base}/${i.id}/review`)} class="form">
            <CsrfField ctx={ctx} />
            <label for="comment">{t('Comment (shown publicly in the history)')}</label>
            <textarea id="comment" name="comment" rows={3} maxLength={5000}></textarea>
            <p>
              {moves.map((a) => (
                <button type="submit" name="action" value={a}>
                  {actionLabel(t, a)}
                </button>
              ))}
            </p>
          </form>
        </section>
      ) : null}

      {i.workflowState === 'published' && can(actor, 'record:confirm', facts) ? (
        <form method="post" action={href(`${base}/${i.id}/confirm`)} class="form">
          <CsrfField ctx={ctx} />
          <button type="submit">{t('Confirm that this record is still accurate')}</button>
        </form>
      ) : null}

      <section aria-labelledby="events">
        <h2 id="events">{t('Review trail')}</h2>
        {events.length ? (
          <ol class="timeline">
            {events.map((e) => (
              <li>
                <time dateTime={e.createdAt}>{fmt.date(e.createdAt)}</time>{' '}
                {t('{who}: {from} → {to}', { who: who(e.actor), from: stateLabel(t, e.fromState), to: stateLabel(t, e.toState) })}
                {e.comment ? <blockquote>{e.comment}</blockquote> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('No review steps yet.')}</p>
        )}
      </section>

      <section aria-labelledby="versions">
        <h2 id="versions">{t('Versions')}</h2>
        <VersionList
          ctx={ctx}
          versions={versions}
          names={names}
          action={(v) =>
            v.version < i.version && can(actor, 'record:restore', facts) ? (
              <form method="post" action={href(`${base}/${i.id}/restore`)} class="inline-form">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(v.version)} />{' '}
                <button type="submit">{t('Restore this version')}</button>
              </form>
            ) : null
          }
        />
      </section>
    </Layout>
  );
}
