import type { FieldError } from '../../../domain/errors.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { CsrfField, ErrorSummary, Field } from '../../views/form.tsx';

interface FormState {
  ctx: PageContext;
  values?: Record<string, string>;
  errors?: FieldError[];
  message?: string;
}

/** Sign in with email and password. */
export function SignInPage({ ctx, values, errors, message }: FormState) {
  const { t, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Sign in')}>
      <h1>{t('Sign in')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} message={message} />
      <form method="post" action={href('/sign-in')} class="form" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="email" label={t('Email address')} errors={errors}>
          {(a) => <input {...a} type="email" name="email" autocomplete="email" required value={values?.email ?? ''} />}
        </Field>
        <Field ctx={ctx} name="password" label={t('Password')} errors={errors}>
          {(a) => <input {...a} type="password" name="password" autocomplete="current-password" required />}
        </Field>
        <button type="submit">{t('Sign in')}</button>
      </form>
      <p>
        <a href={href('/forgot-password')}>{t('Forgot your password?')}</a> · <a href={href('/sign-up')}>{t('Create an account')}</a>
      </p>
    </Layout>
  );
}

/** Create an account; a verification link is emailed. */
export function SignUpPage({ ctx, values, errors }: FormState) {
  const { t, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Create an account')}>
      <h1>{t('Create an account')}</h1>
      <p>{t('Contributors can describe initiatives and submit them for review. We send a link to confirm your address.')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={href('/sign-up')} class="form" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="displayName" label={t('Your name')} errors={errors} hint={t('Shown next to your changes in the public history.')}>
          {(a) => <input {...a} type="text" name="displayName" autocomplete="name" required maxLength={100} value={values?.displayName ?? ''} />}
        </Field>
        <Field ctx={ctx} name="email" label={t('Email address')} errors={errors}>
          {(a) => <input {...a} type="email" name="email" autocomplete="email" required value={values?.email ?? ''} />}
        </Field>
        <Field ctx={ctx} name="password" label={t('Password')} errors={errors} hint={t('At least 10 characters.')}>
          {(a) => <input {...a} type="password" name="password" autocomplete="new-password" required minLength={10} />}
        </Field>
        <button type="submit">{t('Create an account')}</button>
      </form>
    </Layout>
  );
}

/** Ask for a password reset link. */
export function ForgotPasswordPage({ ctx, errors }: FormState) {
  const { t, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Reset your password')}>
      <h1>{t('Reset your password')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={href('/forgot-password')} class="form" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="email" label={t('Email address')} errors={errors}>
          {(a) => <input {...a} type="email" name="email" autocomplete="email" required />}
        </Field>
        <button type="submit">{t('Send me a link')}</button>
      </form>
    </Layout>
  );
}

/** Choose a new password from a reset link. */
export function ResetPasswordPage({ ctx, values, errors, message }: FormState) {
  const { t, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Choose a new password')}>
      <h1>{t('Choose a new password')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} message={message} />
      <form method="post" action={href('/reset-password')} class="form" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={values?.token ?? ''} />
        <Field ctx={ctx} name="password" label={t('New password')} errors={errors} hint={t('At least 10 characters.')}>
          {(a) => <input {...a} type="password" name="password" autocomplete="new-password" required minLength={10} />}
        </Field>
        <button type="submit">{t('Save the new password')}</button>
      </form>
    </Layout>
  );
}

/** A short message page (check your email, address confirmed, …). */
export function MessagePage({ ctx, title, text, link }: { ctx: PageContext; title: string; text: string; link?: { href: string; label: string } }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      {link ? (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      ) : null}
    </Layout>
  );
}
