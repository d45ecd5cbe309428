import { can } from '../../domain/access/access.ts';
import type { PageContext } from './context.ts';
import { CsrfField } from './form.tsx';

/** Header links: sign in / sign up for visitors; account, moderation, admin and sign out for signed-in users. */
export function AccountNav({ ctx }: { ctx: PageContext }) {
  const { t, href, actor } = ctx;
  if (!can(actor, 'account:use')) {
    return (
      <nav aria-label={t('Account')} class="account-nav">
        <ul class="nav">
          <li>
            <a href={href('/sign-in')}>{t('Sign in')}</a>
          </li>
          <li>
            <a href={href('/sign-up')}>{t('Sign up')}</a>
          </li>
        </ul>
      </nav>
    );
  }
  return (
    <nav aria-label={t('Account')} class="account-nav">
      <ul class="nav">
        {can(actor, 'record:create') ? (
          <li>
            <a href={href('/initiatives/new')}>{t('New initiative')}</a>
          </li>
        ) : null}
        {can(actor, 'record:review') ? (
          <li>
            <a href={href('/moderation')}>{t('Moderation')}</a>
          </li>
        ) : null}
        {can(actor, 'user:manage') ? (
          <li>
            <a href={href('/admin/users')}>{t('Users')}</a>
          </li>
        ) : null}
        {can(actor, 'audit:read') ? (
          <li>
            <a href={href('/admin/audit')}>{t('Audit log')}</a>
          </li>
        ) : null}
        <li>
          <a href={href('/account')}>{t('Account')}</a>
        </li>
        <li>
          <form method="post" action={href('/sign-out')} class="inline-form">
            <CsrfField ctx={ctx} />
            <button type="submit" class="link-button">
              {t('Sign out')}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
