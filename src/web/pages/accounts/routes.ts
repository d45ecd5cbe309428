import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { InvalidLinkError, LockedOutError, SignInFailedError, ValidationError } from '../../../domain/errors.ts';
import type { Config } from '../../../config/config.ts';
import { contextFor, langOf, seeOther, sendPage, type PageDeps } from '../page.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../../plugins/auth.ts';
import { ForgotPasswordPage, MessagePage, ResetPasswordPage, SignInPage, SignUpPage } from './auth-pages.tsx';
import { AccountPage } from './account-page.tsx';

type Form = Record<string, string | undefined>;
const form = (req: FastifyRequest): Form => (req.body && typeof req.body === 'object' ? (req.body as Form) : {});

/** Sign up, verify, sign in and out, forgot and reset password, and the account page with API tokens. */
export function accountPages(deps: PageDeps, config: Config) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    // Sign-in attempts per client are limited more tightly than other writes (guessing passwords).
    const signInLimit = { rateLimit: { max: config.signInAttemptsPerMinute, timeWindow: '1 minute' } };

    app.get('/:lang/sign-in', { schema: { hide: true } }, async (req, reply) => sendPage(reply, h(SignInPage, { ctx: contextFor(req, deps) })));

    app.post('/:lang/sign-in', { schema: { hide: true }, config: signInLimit }, async (req, reply) => {
      const { email = '', password = '' } = form(req);
      try {
        const { sessionId } = await services.accounts.signIn(email, password, req.ip);
        reply.setCookie(SESSION_COOKIE, sessionId, sessionCookieOptions(config, config.sessionHours * 3600));
        return seeOther(reply, langOf(req), '/account');
      } catch (err) {
        const ctx = contextFor(req, deps);
        if (err instanceof LockedOutError) {
          return sendPage(reply, h(SignInPage, { ctx, values: { email }, message: ctx.t('Too many failed attempts: this account is locked until {time}.', { time: new Date(err.until).toLocaleTimeString(ctx.lang, { timeZone: 'UTC', timeZoneName: 'short' }) }) }), 429);
        }
        if (err instanceof SignInFailedError) {
          return sendPage(reply, h(SignInPage, { ctx, values: { email }, message: ctx.t('The email or password is not right, or the address is not confirmed yet.') }), 401);
        }
        throw err;
      }
    });

    app.post('/:lang/sign-out', { schema: { hide: true } }, async (req, reply) => {
      if (req.sessionId) await services.accounts.signOut(req.sessionId);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
      return seeOther(reply, langOf(req), '/');
    });

    app.get('/:lang/sign-up', { schema: { hide: true } }, async (req, reply) => sendPage(reply, h(SignUpPage, { ctx: contextFor(req, deps) })));

    app.post('/:lang/sign-up', { schema: { hide: true }, config: signInLimit }, async (req, reply) => {
      const { email = '', password = '', displayName = '' } = form(req);
      const ctx = contextFor(req, deps);
      try {
        await services.accounts.signUp({ email, password, displayName, lang: ctx.lang });
      } catch (err) {
        if (err instanceof ValidationError) return sendPage(reply, h(SignUpPage, { ctx, values: { email, displayName }, errors: err.errors }), 400);
        throw err;
      }
      return sendPage(reply, h(MessagePage, { ctx, title: ctx.t('Check your email'), text: ctx.t('We sent a link to {email}. Open it to confirm your address, then sign in.', { email }) }));
    });

    app.get<{ Querystring: { token?: string } }>('/:lang/verify-email', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      try {
        await services.accounts.verifyEmail(String(req.query.token ?? ''));
      } catch (err) {
        if (err instanceof InvalidLinkError) return linkExpired(reply, ctx);
        throw err;
      }
      return sendPage(reply, h(MessagePage, { ctx, title: ctx.t('Your address is confirmed'), text: ctx.t('You can now sign in.'), link: { href: ctx.href('/sign-in'), label: ctx.t('Sign in') } }));
    });

    app.get('/:lang/forgot-password', { schema: { hide: true } }, async (req, reply) => sendPage(reply, h(ForgotPasswordPage, { ctx: contextFor(req, deps) })));

    app.post('/:lang/forgot-password', { schema: { hide: true }, config: signInLimit }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      await services.accounts.requestPasswordReset(form(req).email ?? '');
      return sendPage(reply, h(MessagePage, { ctx, title: ctx.t('Check your email'), text: ctx.t('If this address has an account, we sent it a link to choose a new password. The link works for one hour.') }));
    });

    app.get<{ Querystring: { token?: string } }>('/:lang/reset-password', { schema: { hide: true } }, async (req, reply) =>
      sendPage(reply, h(ResetPasswordPage, { ctx: contextFor(req, deps), values: { token: String(req.query.token ?? '') } })),
    );

    app.post('/:lang/reset-password', { schema: { hide: true }, config: signInLimit }, async (req, reply) => {
      const { token = '', password = '' } = form(req);
      const ctx = contextFor(req, deps);
      try {
        await services.accounts.resetPassword(token, { password });
      } catch (err) {
        if (err instanceof ValidationError) return sendPage(reply, h(ResetPasswordPage, { ctx, values: { token }, errors: err.errors }), 400);
        if (err instanceof InvalidLinkError) return linkExpired(reply, ctx);
        throw err;
      }
      return sendPage(reply, h(MessagePage, { ctx, title: ctx.t('Your password is changed'), text: ctx.t('Sign in with your new password. Every other session was signed out.'), link: { href: ctx.href('/sign-in'), label: ctx.t('Sign in') } }));
    });

    app.get('/:lang/account', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const user = await services.accounts.me(req.actor);
      return sendPage(reply, h(AccountPage, { ctx, user, tokens: await services.tokens.list(req.actor) }));
    });

    app.post('/:lang/account/tokens', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const { name = '', scope = 'read' } = form(req);
      const user = await services.accounts.me(req.actor);
      try {
        const { token, record } = await services.tokens.create(req.actor, { name, scope });
        return sendPage(reply, h(AccountPage, { ctx, user, tokens: await services.tokens.list(req.actor), created: { name: record.name, token } }), 201);
      } catch (err) {
        if (err instanceof ValidationError) return sendPage(reply, h(AccountPage, { ctx, user, tokens: await services.tokens.list(req.actor), errors: err.errors }), 400);
        throw err;
      }
    });

    app.post<{ Params: { lang: string; id: string } }>('/:lang/account/tokens/:id/revoke', { schema: { hide: true } }, async (req, reply) => {
      await services.tokens.revoke(req.actor, req.params.id);
      return seeOther(reply, langOf(req), '/account');
    });
  };
}

function linkExpired(reply: FastifyReply, ctx: ReturnType<typeof contextFor>) {
  return sendPage(reply, h(MessagePage, { ctx, title: ctx.t('This link does not work any more'), text: ctx.t('Links in our emails work once and for a limited time. Ask for a new one.'), link: { href: ctx.href('/forgot-password'), label: ctx.t('Reset your password') } }), 400);
}
