import type { Initiative } from '../../../domain/initiative/initiative.ts';
import type { InitiativeRelation, Policy, PolicyRelation } from '../../../domain/policy/policy.ts';
import { claimedCodes, sdgGoalsOf } from '../../../domain/classification/classification.ts';
import { can } from '../../../domain/access/access.ts';
import { policyReviewPort } from '../../../domain/policy/policy-service.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { RecordFreshness, RecordJsonLink, RecordLinks, RecordSection } from '../../views/record.tsx';
import { LangText, textOf } from '../../views/text.tsx';
import { InitiativeCard, SampleBadge, DateRows } from '../../views/components.tsx';
import { PolicyCard, jurisdictionText } from '../../views/policy-card.tsx';
import { stateLabel } from '../../views/labels.ts';
import { initiativeRelationLabel, policyLevelLabel, policyRelationLabel, policyStatusLabel, policyTypeLabel, themeLabel } from '../../views/policy-labels.ts';

export interface PolicyPageData {
  policy: Policy;
  related: { relation: PolicyRelation; direction: 'out' | 'in'; policy: Policy }[];
  initiatives: { relation: InitiativeRelation; initiative: Initiative }[];
}

/** One policy instrument with its JSON-LD, and links to edit it (for those allowed) and to its history. */
export function PolicyPage({ ctx, data, jsonLd }: { ctx: PageContext; data: PolicyPageData; jsonLd?: string }) {
  const { t, href, actor } = ctx;
  const p = data.policy;
  return (
    <Layout ctx={ctx} title={textOf(ctx, p.title, p.originalLang)} description={textOf(ctx, p.summary, p.originalLang).slice(0, 200)} jsonLd={jsonLd}>
      <PolicyArticle ctx={ctx} data={data} />
      <p class="record-actions">
        {can(actor, 'record:update', policyReviewPort.facts(p)) ? (
          <>
            <a href={href(`/policies/${p.id}/edit`)}>{t('Edit this record')}</a> ·{' '}
          </>
        ) : null}
        <a href={href(`/policies/${p.id}/history`)}>{t('History and review')}</a>
      </p>
    </Layout>
  );
}

/** What an instrument is, where it applies, what it covers, and what it is linked to (also the form's preview). */
export function PolicyArticle({ ctx, data }: { ctx: PageContext; data: PolicyPageData }) {
  const { t, fmt, vocab, lang, href } = ctx;
  const p = data.policy;
  const dates: [string, string | undefined][] = [
    [t('Published as a draft'), p.dates.proposed],
    [t('Adopted'), p.dates.adopted],
    [t('In force since'), p.dates.inForce],
    [t('Last revised'), p.dates.revised],
    [t('Repealed'), p.dates.repealed],
  ];
  const techs = claimedCodes(p.classifications, 'technology');
  const goals = sdgGoalsOf(p.classifications);
  const targets = claimedCodes(p.classifications, 'sdg-target');
  return (
      <article class="record">
        <header>
          <p class="meta">
            {p.isSample ? <SampleBadge ctx={ctx} /> : null} {policyTypeLabel(t, p.type)} · {policyLevelLabel(t, p.level)} · {policyStatusLabel(t, p.status)}
            {p.workflowState !== 'published' ? <> · <strong>{stateLabel(t, p.workflowState)}</strong></> : null}
          </p>
          <LangText ctx={ctx} map={p.title} original={p.originalLang} as="h1" note />
          <LangText ctx={ctx} map={p.summary} original={p.originalLang} as="p" />
        </header>

        <dl class="facts">
          <dt>{t('Jurisdiction')}</dt>
          <dd>{p.jurisdiction.country ? <a href={href(`/countries/${vocab.countryByM49.get(p.jurisdiction.country)?.iso3}`)}>{jurisdictionText(ctx, p)}</a> : jurisdictionText(ctx, p)}</dd>
          <dt>{t('Issued by')}</dt>
          <dd>
            <LangText ctx={ctx} map={p.issuingBody} original={p.originalLang} />
          </dd>
          {p.level === 'regional' && p.countries.length ? (
            <>
              <dt>{t('Applies to')}</dt>
              <dd>{t('{count, plural, one {# country} other {# countries}}', { count: p.countries.length })}</dd>
            </>
          ) : null}
          <DateRows ctx={ctx} dates={dates} />
          {p.themes.length ? (
            <>
              <dt>{t('Themes')}</dt>
              <dd>
                <ul class="inline">
                  {p.themes.map((th) => (
                    <li>
                      <a href={href(`/policies?theme=${th}`)}>{themeLabel(th, lang)}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {techs.length ? (
            <>
              <dt>{t('Technologies')}</dt>
              <dd>
                <ul class="inline">
                  {techs.map((s) => (
                    <li>
                      <a href={href(`/technologies/${s}`)}>{vocab.techBySlug.get(s)?.labels[lang] ?? s}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {goals.length ? (
            <>
              <dt>{t('Sustainable Development Goals')}</dt>
              <dd>
                <ul class="inline">
                  {goals.map((g) => (
                    <li>
                      <a href={href(`/sdgs/${g}`)}>{t('SDG {goal}', { goal: g })}</a>
                    </li>
                  ))}
                  {targets.map((c) => (
                    <li>{t('Target {target}', { target: c })}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>{t('Original language')}</dt>
          <dd>{fmt.languageName(p.originalLang)}</dd>
        </dl>

        {p.links.length ? (
          <RecordSection id="links" title={t('Official sources')}>
            <RecordLinks ctx={ctx} links={p.links} />
          </RecordSection>
        ) : null}

        <RecordSection id="related" title={t('Related policies')}>
          {data.related.length ? (
            <ul class="relations">
              {data.related.map((r) => (
                <li>
                  <strong>{policyRelationLabel(t, r.relation, r.direction)}</strong> <PolicyCard ctx={ctx} p={r.policy} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('No related policy is recorded yet.')}</p>
          )}
        </RecordSection>

        <RecordSection id="initiatives" title={t('Linked initiatives')}>
          {data.initiatives.length ? (
            <ul class="relations">
              {data.initiatives.map((r) => (
                <li>
                  <strong>{initiativeRelationLabel(t, r.relation)}</strong> <InitiativeCard ctx={ctx} i={r.initiative} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('No initiative is linked to this instrument yet.')}</p>
          )}
        </RecordSection>

        <RecordSection id="provenance" title={t('About this record')}>
          <dl class="facts">
            <dt>{t('Source')}</dt>
            <dd>{p.isSample ? t('Sample content written by the Leapfrog team') : p.provenance.source}</dd>
            <RecordFreshness ctx={ctx} record={p} />
          </dl>
          <RecordJsonLink ctx={ctx} href={`/api/v1/policies/${p.id}`} />
        </RecordSection>
      </article>
  );
}
