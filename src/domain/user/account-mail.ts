import { translator } from '../../i18n/i18n.ts';
import type { Lang } from '../vocabulary/language.ts';

// The emails accounts send, in the recipient's language. Plain text: nothing to render, nothing to track.

type Mail = { subject: string; text: string };

/** The link that verifies a new address. */
export function verifyMail(lang: Lang, link: string): Mail {
  const t = translator(lang);
  return { subject: t('Confirm your email address for Leapfrog'), text: t('Open this link to confirm your address and activate your account: {link}', { link }) + '\n\n' + t('If you did not sign up, ignore this email.') };
}

/** Someone tried to sign up with an address that already has an account. */
export function alreadyRegisteredMail(lang: Lang, link: string): Mail {
  const t = translator(lang);
  return { subject: t('You already have a Leapfrog account'), text: t('Someone tried to sign up with this address, which already has an account. If you forgot your password, reset it here: {link}', { link }) };
}

/** The link that sets a new password. */
export function resetMail(lang: Lang, link: string): Mail {
  const t = translator(lang);
  return { subject: t('Reset your Leapfrog password'), text: t('Open this link within one hour to choose a new password: {link}', { link }) + '\n\n' + t('If you did not ask for this, ignore this email: your password stays the same.') };
}

/** A moderator asked for changes to a submission. */
export function changesRequestedMail(lang: Lang, title: string, link: string, comment: string | undefined): Mail {
  const t = translator(lang);
  const text = t('A moderator asked for changes to “{title}”: {link}', { title, link });
  return { subject: t('Changes requested: {title}', { title }), text: comment ? `${text}\n\n${comment}` : text };
}

/** A published record was last verified long ago. */
export function freshnessMail(lang: Lang, title: string, link: string): Mail {
  const t = translator(lang);
  return { subject: t('Is “{title}” still up to date?', { title }), text: t('Please check that “{title}” is still accurate and confirm it in one click on its page: {link}', { title, link }) };
}
