import type { ApiToken } from '../../../domain/user/user.ts';
import type { User } from '../../../domain/user/user.ts';
import type { FieldError } from '../../../domain/errors.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { CsrfField, ErrorSummary, Field } from '../../views/form.tsx';
import { roleName } from '../../views/role-name.ts';
import { TableScroll } from '../../views/components.tsx';

interface AccountProps {
  ctx: PageContext;
  user: User;
  tokens: Omit<ApiToken, 'tokenHash'>[];
  /** A token just created: shown this once. */
  created?: { name: string; token: string };
  errors?: FieldError[];
}

/** The signed-in user's account: role, API tokens (create, revoke). */
export function AccountPage({ ctx, user, tokens, created, errors }: AccountProps) {
  const { t, fmt, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Your account')}>
      <h1>{t('Your account')}</h1>
      <dl class="facts">
        <dt>{t('Name')}</dt>
        <dd>{user.displayName}</dd>
        <dt>{t('Email address')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('Role')}</dt>
        <dd>{roleName(t, user.role)}</dd>
      </dl>

      <h2>{t('API tokens')}</h2>
      <p>{t('Send a token in the Authorization header, after the word Bearer. A read token can only read; a write token can also create and change records with your role.')}</p>
      {created ? (
        <div class="notice" role="status">
          <p>{t('Your new token “{name}”. Copy it now: it will not be shown again.', { name: created.name })}</p>
          <p>
            <code class="secret">{created.token}</code>
          </p>
        </div>
      ) : null}
      {tokens.length ? (
        <TableScroll label={t('Table: {title}', { title: t('API tokens') })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Name')}</th>
                <th scope="col">{t('Scope')}</th>
                <th scope="col">{t('Created')}</th>
                <th scope="col">{t('Last used')}</th>
                <th scope="col">{t('State')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((tk) => (
                <tr>
                  <td>{tk.name}</td>
                  <td>{tk.scope === 'write' ? t('read and write') : t('read only')}</td>
                  <td>{fmt.date(tk.createdAt)}</td>
                  <td>{tk.lastUsedAt ? fmt.date(tk.lastUsedAt) : '—'}</td>
                  <td>
                    {tk.revokedAt ? (
                      t('revoked on {date}', { date: fmt.date(tk.revokedAt) })
                    ) : (
                      <form method="post" action={href(`/account/tokens/${tk.id}/revoke`)} class="inline-form">
                        <CsrfField ctx={ctx} />
                        <button type="submit">{t('Revoke')}</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t('You have no API tokens.')}</p>
      )}
      <h3>{t('Create a token')}</h3>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={href('/account/tokens')} class="form" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="name" label={t('Token name')} errors={errors} hint={t('What the token is for, e.g. “nightly import”.')}>
          {(a) => <input {...a} type="text" name="name" required maxLength={100} />}
        </Field>
        <fieldset>
          <legend>{t('Scope')}</legend>
          <label>
            <input type="radio" name="scope" value="read" checked /> {t('read only')}
          </label>
          <label>
            <input type="radio" name="scope" value="write" /> {t('read and write')}
          </label>
        </fieldset>
        <button type="submit">{t('Create a token')}</button>
      </form>
    </Layout>
  );
}
