import type { LangMap, Lang } from '../../domain/vocabulary/language.ts';
import { pickText, dir } from '../../domain/vocabulary/language.ts';
import type { PageContext } from './context.ts';

/**
 * A content text in the reader's language when it exists, else in the original language with
 * its `lang`/`dir` so screen readers and bidi layout get it right. Returns null when empty.
 */
export function LangText({ ctx, map, original, as: Tag = 'span', note = false }: { ctx: PageContext; map: LangMap; original?: Lang; as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'div'; note?: boolean }) {
  const picked = pickText(map, ctx.lang, original);
  if (!picked) return null;
  const foreign = picked.lang !== ctx.lang;
  const paragraphs = Tag === 'div' ? picked.text.split(/\n{2,}/) : [picked.text];
  return (
    <>
      <Tag lang={foreign ? picked.lang : undefined} dir={foreign ? dir(picked.lang) : undefined}>
        {Tag === 'div' ? paragraphs.map((p) => <p>{p}</p>) : picked.text}
      </Tag>
      {note && foreign ? <ShownInNote ctx={ctx} lang={picked.lang} original={original} /> : null}
    </>
  );
}

/** "Shown in French, the original language": tells the reader why the text is not in their language. */
export function ShownInNote({ ctx, lang, original }: { ctx: PageContext; lang: Lang; original?: Lang }) {
  const language = ctx.fmt.languageName(lang);
  return <p class="lang-note">{lang === original ? ctx.t('Shown in {language}, the original language.', { language }) : ctx.t('Shown in {language}.', { language })}</p>;
}

/** Plain text of a map for attributes and titles. */
export function textOf(ctx: PageContext, map: LangMap, original?: Lang): string {
  return pickText(map, ctx.lang, original)?.text ?? '';
}
