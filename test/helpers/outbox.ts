import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The decoded text body of an .eml file as nodemailer writes it (7bit, quoted-printable or base64). */
export function emlText(eml: string): string {
  const [head = '', ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    // Literal % first, so that only the =XX escapes become percent escapes.
    const escaped = body.replace(/=\r?\n/g, '').replace(/%/g, '%25').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
    return decodeURIComponent(escaped);
  }
  return body;
}

/** The messages in an outbox folder, oldest first, as `{ to, text }`. */
export function outboxMessages(dir: string): { to: string; text: string }[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return names.map((n) => {
    const eml = readFileSync(join(dir, n), 'utf8');
    return { to: /^to:\s*(.+)$/im.exec(eml)?.[1]?.trim() ?? '', text: emlText(eml) };
  });
}

/** The newest link to `path` (such as `/verify-email`) emailed to `to`, waiting briefly for the mail to be written. */
export async function emailedLink(dir: string, to: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path.replace(/[/]/g, '\\/')}\\?\\S+`);
  for (let tries = 0; tries < 50; tries++) {
    const link = outboxMessages(dir)
      .filter((m) => m.to.includes(to))
      .map((m) => pattern.exec(m.text)?.[0])
      .filter(Boolean)
      .at(-1);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no email to ${to} with a ${path} link in ${dir}`);
}
