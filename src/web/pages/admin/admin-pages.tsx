import { ROLES } from '../../../domain/access/access.ts';
import { AUDIT_EVENTS, type AuditEntry, type AuditEvent } from '../../../domain/audit/audit.ts';
import type { User } from '../../../domain/user/user.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { CsrfField } from '../../views/form.tsx';
import { roleName } from '../../views/role-name.ts';
import { TableScroll } from '../../views/components.tsx';

/** Users and their roles; an admin changes a role with one small form per user. */
export function UsersPage({ ctx, items, total }: { ctx: PageContext; items: User[]; total: number }) {
  const { t, fmt, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Users')}>
      <h1>{t('Users')}</h1>
      <p>{t('{count, plural, one {# user} other {# users}}', { count: total })}</p>
      <TableScroll label={t('Table: {title}', { title: t('Users') })}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('Name')}</th>
              <th scope="col">{t('Email address')}</th>
              <th scope="col">{t('Confirmed')}</th>
              <th scope="col">{t('Role')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr>
                <td>{u.displayName}</td>
                <td>{u.email}</td>
                <td>{u.emailVerifiedAt ? fmt.date(u.emailVerifiedAt) : t('not yet')}</td>
                <td>
                  <form method="post" action={href('/admin/users/role')} class="inline-form">
                    <CsrfField ctx={ctx} />
                    <input type="hidden" name="email" value={u.email} />
                    <label class="visually-hidden" for={`role-${u.id}`}>
                      {t('Role of {name}', { name: u.displayName })}
                    </label>
                    <select id={`role-${u.id}`} name="role">
                      {ROLES.map((r) => (
                        <option value={r} selected={r === u.role}>
                          {roleName(t, r)}
                        </option>
                      ))}
                    </select>{' '}
                    <button type="submit">{t('Change role')}</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Layout>
  );
}

/** The security audit log, newest first, filterable by event. */
export function AuditPage({ ctx, items, event, page, total, limit }: { ctx: PageContext; items: AuditEntry[]; event?: AuditEvent; page: number; total: number; limit: number }) {
  const { t, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Audit log')}>
      <h1>{t('Audit log')}</h1>
      <form method="get" action={href('/admin/audit')} class="filters">
        <label for="event">{t('Event')}</label>{' '}
        <select id="event" name="event">
          <option value="">{t('All events')}</option>
          {AUDIT_EVENTS.map((e) => (
            <option value={e} selected={e === event}>
              {e}
            </option>
          ))}
        </select>{' '}
        <button type="submit">{t('Filter')}</button>
      </form>
      <TableScroll label={t('Table: {title}', { title: t('Audit log') })}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('Time (UTC)')}</th>
              <th scope="col">{t('Event')}</th>
              <th scope="col">{t('Who')}</th>
              <th scope="col">{t('About')}</th>
              <th scope="col">{t('Address')}</th>
              <th scope="col">{t('Details')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr>
                <td>
                  <time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time>
                </td>
                <td>{e.event}</td>
                <td>{e.actor}</td>
                <td>{e.subject ?? ''}</td>
                <td>{e.ip ?? ''}</td>
                <td>{Object.entries(e.detail).map(([k, v]) => `${k}=${v}`).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {total > page * limit ? (
        <p>
          <a href={href(`/admin/audit?page=${page + 1}${event ? `&event=${event}` : ''}`)}>{t('Next page')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
