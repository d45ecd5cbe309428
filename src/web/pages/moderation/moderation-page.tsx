import type { Initiative } from '../../../domain/initiative/initiative.ts';
import { WORKFLOW_STATES, type WorkflowState } from '../../../domain/review/workflow.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { LangText } from '../../views/text.tsx';
import { stateLabel } from '../../views/labels.ts';

/** How many of the record's links came from the machine: accepted (by the submitter or a reviewer) and still pending. */
function MachineProvenance({ ctx, initiative }: { ctx: PageContext; initiative: Initiative }) {
  const machine = initiative.classifications.filter((c) => c.source === 'machine');
  const accepted = machine.filter((c) => c.confirmedAt).length;
  return <>{ctx.t('{accepted, number} accepted · {pending, number} pending', { accepted, pending: machine.length - accepted })}</>;
}

interface QueueProps {
  ctx: PageContext;
  state: WorkflowState;
  items: Initiative[];
  total: number;
  page: number;
  limit: number;
  counts: Partial<Record<WorkflowState, number>>;
  /** Probable duplicates of each listed record, by id. */
  duplicateCounts: Record<string, number>;
}

/** The moderation queue: a filter per workflow state with its count, and the records in the chosen state with their probable duplicates flagged. */
export function ModerationPage({ ctx, state, items, total, page, limit, counts, duplicateCounts }: QueueProps) {
  const { t, fmt, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Moderation queue')}>
      <h1>{t('Moderation queue')}</h1>
      <nav aria-label={t('Workflow state')}>
        <ul class="filters">
          {WORKFLOW_STATES.map((s) => (
            <li>
              <a href={href(`/moderation?state=${s}`)} aria-current={s === state ? 'page' : undefined}>
                {stateLabel(t, s)} ({fmt.number(counts[s] ?? 0)})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {items.length ? (
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
            {items.map((i) => (
              <tr>
                <td>
                  <a href={href(`/initiatives/${i.id}`)}>
                    <LangText ctx={ctx} map={i.title} original={i.originalLang} />
                  </a>
                </td>
                <td>{fmt.date(i.updatedAt)}</td>
                <td>
                  {duplicateCounts[i.id] ? (
                    <a class="badge badge-duplicate" href={href(`/initiatives/${i.id}/history#dups`)}>
                      {t('{count, plural, one {# possible duplicate} other {# possible duplicates}}', { count: duplicateCounts[i.id]! })}
                    </a>
                  ) : (
                    fmt.number(0)
                  )}
                </td>
                <td>
                  <MachineProvenance ctx={ctx} initiative={i} />
                </td>
                <td>
                  <a href={href(`/initiatives/${i.id}/history`)}>{t('Review and history')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('Nothing in this state.')}</p>
      )}
      {total > page * limit ? (
        <p>
          <a href={href(`/moderation?state=${state}&page=${page + 1}`)}>{t('Next page')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
