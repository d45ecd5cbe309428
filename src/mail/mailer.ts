import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Mailer } from '../domain/ports.ts';
import type { Config } from '../config/config.ts';

type Message = Parameters<Mailer['send']>[0];

/** Sends through the SMTP server of `SMTP_URL` (smtp://user:pass@host:587 or smtps://…:465). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return { send: async (m) => void (await transport.sendMail({ from, ...m })) };
}

/** Writes each message as an .eml file into `dir` (default ./data/outbox): mail without a mail server. */
export function outboxMailer(dir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(m) {
      const info = await transport.sendMail({ from, ...m });
      await mkdir(resolve(dir), { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      await writeFile(join(resolve(dir), name), info.message as Buffer);
    },
  };
}

/** Keeps messages in memory (tests read `sent`). */
export function memoryMailer(): Mailer & { sent: Message[] } {
  const sent: Message[] = [];
  return { sent, send: async (m) => void sent.push(m) };
}

/** SMTP when configured, else the outbox folder. */
export function mailerFor(config: Config): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : outboxMailer(config.outboxDir, config.mailFrom);
}
