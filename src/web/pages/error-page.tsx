import type { Problem } from '../plugins/problem.ts';
import type { PageContext } from '../views/context.ts';
import { Layout } from '../views/layout.tsx';

/** A readable error in the reader's language, listing each invalid field when there are some. */
export function ErrorPage({ ctx, problem }: { ctx: PageContext; problem: Problem }) {
  const { t, href } = ctx;
  const title =
    problem.status === 404 ? t('Page not found') : problem.status === 400 ? t('Some values in the address are not valid') : problem.status === 429 ? t('Too many requests: please wait a minute') : problem.status === 401 ? t('Please sign in to continue') : problem.status === 403 ? t('You may not do this') : t('Something went wrong');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {problem.status === 404 ? <p>{t('The page you asked for does not exist, or is not public.')}</p> : null}
      {problem.status === 401 ? (
        <p>
          <a href={href('/sign-in')}>{t('Sign in')}</a>
        </p>
      ) : null}
      {problem.status === 403 ? <p>{t('Your account does not have the role this page needs.')}</p> : null}
      {problem.errors?.length ? (
        <ul class="errors">
          {problem.errors.map((e) => (
            <li>
              <strong>{e.field}</strong>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={href('/')}>{t('Go to the home page')}</a>
      </p>
    </Layout>
  );
}
