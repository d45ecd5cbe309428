import { authorize, type Actor } from '../access/access.ts';
import type { Mailer, UnitOfWork } from '../ports.ts';
import { isLang, type Lang, type LangMap } from '../vocabulary/language.ts';
import { changesRequestedMail, freshnessMail } from '../user/account-mail.ts';
import type { ReviewListener, Reviewable } from './review-service.ts';
import { freshnessWindow } from './freshness.ts';

const REMIND_AGAIN_DAYS = 30;

/** Emails people about their records: changes requested by a moderator, and records due for re-confirmation. */
export class ReminderService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private async contact(userId: string | undefined): Promise<{ email: string; lang: Lang } | undefined> {
    const user = userId ? await this.uow.users.get(userId) : undefined;
    return user && isLang(user.lang) ? { email: user.email, lang: user.lang } : undefined;
  }

  /** A listener that emails the author when a moderator requests changes (with the moderator's comment). */
  changesRequestedListener<T extends Reviewable>(titleOf: (r: T) => LangMap, originalLangOf: (r: T) => string, path: string): ReviewListener<T> {
    return async (event, record) => {
      if (event.action !== 'request-changes') return;
      const to = await this.contact(record.createdBy);
      if (!to) return;
      const titles = titleOf(record);
      const title = titles[to.lang] ?? titles[originalLangOf(record) as Lang] ?? Object.values(titles)[0] ?? record.id;
      await this.mailer.send({ to: to.email, ...changesRequestedMail(to.lang, title, `${this.publicUrl}/${to.lang}/${path}/${record.id}/history`, event.comment) });
    };
  }

  /**
   * Emails the author of every published initiative last verified more than 12 months ago, at most once
   * every 30 days per record. Returns how many emails went out.
   */
  async remindStale(actor: Actor): Promise<number> {
    authorize(actor, 'user:manage');
    const now = this.clock();
    const { verifiedBefore } = freshnessWindow('needs-update', now);
    let sent = 0;
    for (let offset = 0; ; offset += 100) {
      const page = await this.uow.initiatives.list({ states: ['published'], verifiedBefore }, offset, 100);
      for (const record of page.items) {
        const key = `reminded:initiative:${record.id}`;
        const last = await this.uow.settings.get(key);
        if (last && now.getTime() - Date.parse(last) < REMIND_AGAIN_DAYS * 86_400_000) continue;
        const to = await this.contact(record.createdBy);
        if (!to) continue;
        const title = record.title[to.lang] ?? record.title[record.originalLang] ?? record.id;
        await this.mailer.send({ to: to.email, ...freshnessMail(to.lang, title, `${this.publicUrl}/${to.lang}/initiatives/${record.id}`) });
        await this.uow.settings.set(key, now.toISOString());
        sent++;
      }
      if (offset + 100 >= page.total) break;
    }
    return sent;
  }
}
