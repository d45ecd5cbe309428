import type { LangMap, Lang } from '../../../domain/vocabulary/language.ts';
import type { ClassificationLink } from '../../../domain/classification/classification.ts';
import { nextState, WORKFLOW_STATES, type WorkflowAction, type WorkflowState } from '../../../domain/review/workflow.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { LangText } from '../../views/text.tsx';
import { CsrfField } from '../../views/form.tsx';
import { stateLabel } from '../../views/labels.ts';
import { TableScroll } from '../../views/components.tsx';

interface QueueRecord {
  id: string;
  title: LangMap;
  originalLang: Lang;
  updatedAt: string;
  workflowState: WorkflowState;
  classifications: ClassificationLink[];
}

/** How many of the record's links came from the machine: accepted (by the submitter or a reviewer) and still pending. */
function MachineProvenance({ ctx, record }: { ctx: PageContext; record: QueueRecord }) {
  const machine = record.classifications.filter((c) => c.source === 'machine');
  const accepted = machine.filter((c) => c.confirmedAt).length;
  return <>{ctx.t('{accepted, number} accepted · {pending, number} pending', { accepted, pending: machine.length - accepted })}</>;
}

/** One record type's queue, as the services return it. */
interface Queue {
  state: WorkflowState;
  items: QueueRecord[];
  total: number;
  page: number;
  limit: number;
  counts: Partial<Record<WorkflowState, number>>;
  /** Probable duplicates of each listed record, by id. */
  duplicateCounts: Record<string, number>;
}

interface QueueProps {
  ctx: PageContext;
  initiatives: Queue;
  policies: Queue;
}

/** The moves a moderator makes from the queue; archive and the rest stay on the history tab. */
const QUEUE_ACTIONS: readonly WorkflowAction[] = ['publish', 'request-changes', 'decline'];

/** Approve, request changes or decline in place, with an optional public comment (the shared review route). */
function ReviewForm({ ctx, base, record }: { ctx: PageContext; base: string; record: QueueRecord }) {
  const { t, href } = ctx;
  const actions = QUEUE_ACTIONS.filter((a) => nextState(record.workflowState, a));
  if (!actions.length) return null;
  const label = { publish: t('Publish'), 'request-changes': t('Request changes'), decline: t('Decline') } as Record<WorkflowAction, string>;
  const commentId = `comment-${base.slice(1)}-${record.id}`;
  return (
    <form method="post" action={href(`${base}/${record.id}/review`)} class="inline-form">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="back" value="moderation" />
      <input type="hidden" name="state" value={record.workflowState} />
      <label for={commentId}>{t('Comment (shown publicly in the history)')}</label> <input type="text" id={commentId} name="comment" maxLength={5000} />{' '}
      {actions.map((a) => (
        <button type="submit" name="action" value={a} class={a === 'publish' ? undefined : 'secondary'}>
          {label[a]}
        </button>
      ))}
    </form>
  );
}

/** The records of one type in the chosen state, with duplicates flagged and review actions. */
function QueueTable({ ctx, base, heading, queue }: { ctx: PageContext; base: string; heading: string; queue: Queue }) {
  const { t, fmt, href } = ctx;
  const id = `queue-${base.slice(1)}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} ({fmt.number(queue.total)})
      </h2>
      {queue.items.length ? (
        <TableScroll label={t('Table: {title}', { title: heading })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Title')}</th>
                <th scope="col">{t('Last change')}</th>
                <th scope="col">{t('Possible duplicates')}</th>
                <th scope="col">{t('Machine suggestions')}</th>
                <th scope="col">{t('Review')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((i) => (
                <tr>
                  <td>
                    <a href={href(`${base}/${i.id}`)}>
                      <LangText ctx={ctx} map={i.title} original={i.originalLang} />
                    </a>
                  </td>
                  <td>{fmt.date(i.updatedAt)}</td>
                  <td>
                    {queue.duplicateCounts[i.id] ? (
                      <a class="badge badge-duplicate" href={href(`${base}/${i.id}/history#dups`)}>
                        {t('{count, plural, one {# possible duplicate} other {# possible duplicates}}', { count: queue.duplicateCounts[i.id]! })}
                      </a>
                    ) : (
                      fmt.number(0)
                    )}
                  </td>
                  <td>
                    <MachineProvenance ctx={ctx} record={i} />
                  </td>
                  <td>
                    <ReviewForm ctx={ctx} base={base} record={i} />
                    <a href={href(`${base}/${i.id}/history`)}>{t('Review and history')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t('Nothing in this state.')}</p>
      )}
    </section>
  );
}

/** The moderation queue: a filter per workflow state with its count, and the initiatives and policies in the chosen state. */
export function ModerationPage({ ctx, initiatives, policies }: QueueProps) {
  const { t, fmt, href } = ctx;
  const { state, page } = initiatives;
  const count = (s: WorkflowState) => (initiatives.counts[s] ?? 0) + (policies.counts[s] ?? 0);
  const more = initiatives.total > page * initiatives.limit || policies.total > page * policies.limit;
  return (
    <Layout ctx={ctx} title={t('Moderation queue')}>
      <h1>{t('Moderation queue')}</h1>
      <nav aria-label={t('Workflow state')}>
        <ul class="filters">
          {WORKFLOW_STATES.map((s) => (
            <li>
              <a href={href(`/moderation?state=${s}`)} aria-current={s === state ? 'page' : undefined}>
                {stateLabel(t, s)} ({fmt.number(count(s))})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <QueueTable ctx={ctx} base="/initiatives" heading={t('Initiatives')} queue={initiatives} />
      <QueueTable ctx={ctx} base="/policies" heading={t('Policies')} queue={policies} />
      {more ? (
        <p>
          <a href={href(`/moderation?state=${state}&page=${page + 1}`)}>{t('Next page')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
