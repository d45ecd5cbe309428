import type { Policy } from '../../domain/policy/policy.ts';
import { claimedCodes } from '../../domain/classification/classification.ts';
import type { PageContext } from './context.ts';
import { LangText, textOf } from './text.tsx';
import { SampleBadge } from './components.tsx';
import { policyLevelLabel, policyStatusLabel, policyTypeLabel, themeLabel } from './policy-labels.ts';
import { policyYear } from '../../domain/policy/policy.ts';

/** Where an instrument belongs, in words: its country, region or organisation. */
export function jurisdictionText(ctx: PageContext, p: Policy): string {
  const { vocab, lang } = ctx;
  if (p.jurisdiction.country) return vocab.countryName(p.jurisdiction.country, lang);
  if (p.jurisdiction.organisation) return textOf(ctx, p.jurisdiction.organisation, p.originalLang);
  if (p.jurisdiction.region) return vocab.groups.find((g) => g.code === p.jurisdiction.region)?.labels[lang] ?? p.jurisdiction.region;
  return policyLevelLabel(ctx.t, p.level);
}

/** A compact policy summary for lists. */
export function PolicyCard({ ctx, p, headingLevel = 3 }: { ctx: PageContext; p: Policy; headingLevel?: 2 | 3 }) {
  const { t, vocab, href, lang } = ctx;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const year = policyYear(p.dates);
  return (
    <article class="card">
      <H>
        <a href={href(`/policies/${p.id}`)}>
          <LangText ctx={ctx} map={p.title} original={p.originalLang} />
        </a>
      </H>
      <p class="meta">
        {p.isSample ? <SampleBadge ctx={ctx} /> : null} <span>{policyTypeLabel(t, p.type)}</span> · <span>{jurisdictionText(ctx, p)}</span> · <span>{policyStatusLabel(t, p.status)}</span>
        {year ? <> · {year}</> : null}
      </p>
      <LangText ctx={ctx} map={p.summary} original={p.originalLang} as="p" />
      <ul class="tags" aria-label={t('Classification')}>
        {p.themes.map((th) => (
          <li>
            <a href={href(`/policies?theme=${th}`)}>{themeLabel(th, lang)}</a>
          </li>
        ))}
        {claimedCodes(p.classifications, 'technology').map((s) => (
          <li>
            <a class="tech" href={href(`/policies?technology=${s}`)}>
              {vocab.techBySlug.get(s)?.labels[lang] ?? s}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
