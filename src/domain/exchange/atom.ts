import { pickText, type Lang } from '../vocabulary/language.ts';
import type { Initiative } from '../initiative/initiative.ts';

// Atom 1.0 (RFC 4287) feeds of published initiatives: newest change first, one entry per record.

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export interface FeedMeta {
  /** The feed's own URL (with its filter), also its id. */
  selfUrl: string;
  /** The page the feed mirrors. */
  pageUrl: string;
  title: string;
  lang: Lang;
  publicUrl: string;
}

/** An Atom document of the given initiatives. */
export function atomFeed(meta: FeedMeta, initiatives: Initiative[], now: string): string {
  const updated = initiatives[0]?.updatedAt ?? now;
  const entries = initiatives.map((i) => {
    const url = `${meta.publicUrl}/${meta.lang}/initiatives/${i.id}`;
    const title = pickText(i.title, meta.lang, i.originalLang);
    const summary = pickText(i.summary, meta.lang, i.originalLang);
    return `  <entry>
    <id>${escapeXml(`${meta.publicUrl}/initiatives/${i.id}`)}</id>
    <title xml:lang="${title?.lang ?? i.originalLang}">${escapeXml(title?.text ?? i.id)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${i.createdAt}</published>
    <updated>${i.updatedAt}</updated>
    <summary xml:lang="${summary?.lang ?? i.originalLang}">${escapeXml(summary?.text ?? '')}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${meta.lang}">
  <id>${escapeXml(meta.selfUrl)}</id>
  <title>${escapeXml(meta.title)}</title>
  <updated>${updated}</updated>
  <author><name>Leapfrog</name><uri>${escapeXml(meta.publicUrl)}</uri></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(meta.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(meta.pageUrl)}"/>
${entries.join('\n')}
</feed>
`;
}
