import type { Initiative } from '../../../domain/initiative/initiative.ts';
import type { Organisation } from '../../../domain/organisation/organisation.ts';
import type { ClassificationLink, ClassificationScheme } from '../../../domain/classification/classification.ts';
import { TRUST_DIMENSIONS } from '../../../domain/classification/trust-marker.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { InitiativeCard, DateRows, TableScroll } from '../../views/components.tsx';
import { RecordFreshness, RecordJsonLink, RecordLinks, RecordSection } from '../../views/record.tsx';
import { LangText, textOf } from '../../views/text.tsx';
import { FreshnessBadge, SampleBadge } from '../../views/components.tsx';
import { can } from '../../../domain/access/access.ts';
import { SuggestionsSection } from './suggestions-section.tsx';
import { pendingSuggestions } from '../../../domain/classify/suggestion-service.ts';
import { dimensionLabel, kindLabel, roleLabel, scopeLabel, significanceLabel, sourceLabel, stateLabel, statusLabel } from '../../views/labels.ts';

/** One classification claim with who made it and its evidence. */
function Claim({ ctx, link, label, href, author }: { ctx: PageContext; link: ClassificationLink; label: string; href?: string; author?: string }) {
  const { t, fmt } = ctx;
  // Provenance of an accepted machine suggestion: who confirmed it, the submitter or somebody reviewing.
  const source =
    link.source === 'machine' && link.confirmedAt
      ? link.confirmedBy && link.confirmedBy === author
        ? t('Suggested by the machine, accepted by the submitter')
        : t('Suggested by the machine, accepted by a reviewer')
      : sourceLabel(t, link.source);
  return (
    <li class="claim">
      {href ? <a href={href}>{label}</a> : <span>{label}</span>}
      <span class="claim-source">
        {' '}
        — {source}
        {link.source === 'machine' && !link.confirmedAt ? ` (${t('not confirmed yet')})` : ''}
        {link.confidence !== undefined ? ` · ${t('confidence {value}', { value: fmt.number(Math.round(link.confidence * 100)) + ' %' })}` : ''}
      </span>
      {link.evidenceText || link.evidenceUrl ? (
        <p class="evidence">
          <span class="evidence-label">{t('Evidence:')}</span> <bdi>{link.evidenceText ?? ''}</bdi>{' '}
          {link.evidenceUrl ? (
            <a href={link.evidenceUrl} rel="nofollow noopener">
              {t('source')}
            </a>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

/** The full record page: the record (with JSON-LD), and links to edit it and to its history. */
export function InitiativePage({ ctx, initiative: i, organisations, jsonLd, mayDecide = false, similar = [] }: { ctx: PageContext; initiative: Initiative; organisations: Organisation[]; jsonLd?: string; mayDecide?: boolean; similar?: Initiative[] }) {
  const { t, href, actor } = ctx;
  return (
    <Layout ctx={ctx} title={textOf(ctx, i.title, i.originalLang)} description={textOf(ctx, i.summary, i.originalLang).slice(0, 200)} jsonLd={jsonLd}>
      <InitiativeArticle ctx={ctx} initiative={i} organisations={organisations} mayDecide={mayDecide} />
      <p class="record-actions">
        {can(actor, 'record:update', { ...i, organisationIds: i.organisations.map((o) => o.organisationId) }) ? (
          <>
            <a href={href(`/initiatives/${i.id}/edit`)}>{t('Edit this record')}</a> ·{' '}
          </>
        ) : null}
        <a href={href(`/initiatives/${i.id}/history`)}>{t('History and review')}</a>
      </p>
      {similar.length ? (
        <section class="similar" aria-labelledby="similar-h">
          <h2 id="similar-h">{t('Similar initiatives')}</h2>
          <div class="cards">
            {similar.map((s) => (
              <InitiativeCard ctx={ctx} i={s} />
            ))}
          </div>
        </section>
      ) : null}
    </Layout>
  );
}

/**
 * The record itself: every field, with classification claims and their evidence (also the form's preview).
 * `mayDecide` shows the pending machine suggestions with their accept / reject forms.
 */
export function InitiativeArticle({ ctx, initiative: i, organisations, mayDecide = false }: { ctx: PageContext; initiative: Initiative; organisations: Organisation[]; mayDecide?: boolean }) {
  const { t, fmt, vocab, lang, href } = ctx;
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  // Pending machine suggestions are not claims: only who may decide sees them, in their own section.
  const links = (scheme: ClassificationScheme) => i.classifications.filter((c) => c.scheme === scheme && !(c.source === 'machine' && !c.confirmedAt));
  const goalClaims = links('sdg-goal');
  const targetClaims = links('sdg-target');
  const dates: [string, string | undefined][] = [
    [t('Planned start'), i.dates.plannedStart],
    [t('Planned end'), i.dates.plannedEnd],
    [t('Actual start'), i.dates.actualStart],
    [t('Actual end'), i.dates.actualEnd],
  ];
  const bestPractice: [string, string, typeof i.impact][] = [
    ['impact', t('Impact'), i.impact],
    ['partnerships', t('Partnerships'), i.partnerships],
    ['lessons', t('Challenges and lessons learned'), i.lessons],
    ['replicability', t('Replicability and sustainability'), i.replicability],
  ];
  return (
      <article class="record">
        <header>
          <p class="meta">
            {i.isSample ? <SampleBadge ctx={ctx} /> : null} <FreshnessBadge ctx={ctx} i={i} /> {kindLabel(t, i.kind)} · {statusLabel(t, i.status)}
            {i.workflowState !== 'published' ? <> · <strong>{stateLabel(t, i.workflowState)}</strong></> : null}
          </p>
          <LangText ctx={ctx} map={i.title} original={i.originalLang} as="h1" note />
          <LangText ctx={ctx} map={i.summary} original={i.originalLang} as="p" />
        </header>

        <dl class="facts">
          {i.scope ? (
            <>
              <dt>{t('Scope')}</dt>
              <dd>{scopeLabel(t, i.scope)}</dd>
            </>
          ) : null}
          {i.countries.length ? (
            <>
              <dt>{t('Countries and areas')}</dt>
              <dd>
                <ul class="inline">
                  {i.countries.map((m49) => {
                    const c = vocab.countryByM49.get(m49);
                    return <li>{c ? <a href={href(`/countries/${c.iso3}`)}>{c.names[lang]}</a> : m49}</li>;
                  })}
                </ul>
              </dd>
            </>
          ) : null}
          <DateRows ctx={ctx} dates={dates} />
          {i.budget ? (
            <>
              <dt>{t('Budget')}</dt>
              <dd>{fmt.money(i.budget.amount, i.budget.currency)}</dd>
            </>
          ) : null}
          {i.licence ? (
            <>
              <dt>{t('Licence')}</dt>
              <dd>
                <a href={`https://spdx.org/licenses/${i.licence}.html`}>{i.licence}</a>
              </dd>
            </>
          ) : null}
          <dt>{t('Original language')}</dt>
          <dd>{fmt.languageName(i.originalLang)}</dd>
        </dl>

        {Object.keys(i.description).length ? (
          <RecordSection id="description" title={t('Description')}>
            <LangText ctx={ctx} map={i.description} original={i.originalLang} as="div" />
          </RecordSection>
        ) : null}

        {i.organisations.length ? (
          <RecordSection id="organisations" title={t('Organisations')}>
            <ul>
              {i.organisations.map((o) => {
                const org = orgs.get(o.organisationId);
                return (
                  <li>
                    <a href={href(`/organisations/${o.organisationId}`)}>{org ? textOf(ctx, org.name, org.originalLang as never) : o.organisationId}</a> — {roleLabel(t, o.role)}
                  </li>
                );
              })}
            </ul>
          </RecordSection>
        ) : null}

        <RecordSection id="sdgs" title={t('Sustainable Development Goals')}>
          {goalClaims.length + targetClaims.length === 0 ? <p>{t('No SDG is linked yet.')}</p> : null}
          <ul>
            {goalClaims.map((l) => {
              const g = vocab.goal(Number(l.code));
              return <Claim ctx={ctx} author={i.createdBy} link={l} label={`${t('SDG {goal}', { goal: l.code })}: ${g?.short[lang] ?? ''}`} href={href(`/sdgs/${l.code}`)} />;
            })}
            {targetClaims.map((l) => {
              const target = vocab.targets.get(l.code);
              const text = target?.title[lang] ?? target?.title.en;
              return <Claim ctx={ctx} author={i.createdBy} link={l} label={text ? `${t('Target {target}', { target: l.code })}: ${text}` : t('Target {target}', { target: l.code })} href={href(`/initiatives?target=${l.code}`)} />;
            })}
          </ul>
        </RecordSection>

        {links('technology').length ? (
          <RecordSection id="technologies" title={t('Technologies')}>
            <ul>
              {links('technology').map((l) => (
                <Claim ctx={ctx} author={i.createdBy} link={l} label={vocab.techBySlug.get(l.code)?.labels[lang] ?? l.code} href={href(`/technologies/${l.code}`)} />
              ))}
            </ul>
          </RecordSection>
        ) : null}

        {links('wsis').length ? (
          <RecordSection id="wsis" title={t('WSIS action lines')}>
            <ul>
              {links('wsis').map((l) => (
                <Claim ctx={ctx} author={i.createdBy} link={l} label={`${l.code} ${vocab.wsisByCode.get(l.code)?.labels[lang] ?? ''}`} href={href(`/initiatives?wsis=${l.code}`)} />
              ))}
            </ul>
          </RecordSection>
        ) : null}

        {mayDecide ? <SuggestionsSection ctx={ctx} recordId={i.id} pending={pendingSuggestions(i.classifications)} /> : null}

        {i.trustMarkers.length ? (
          <RecordSection id="trust" title={t('Trust markers')}>
            <TableScroll label={t('Table: {title}', { title: t('Trust markers') })}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('Dimension')}</th>
                    <th scope="col">{t('Significance')}</th>
                    <th scope="col">{t('Evidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  {TRUST_DIMENSIONS.map((d) => {
                    const m = i.trustMarkers.find((x) => x.dimension === d);
                    if (!m) return null;
                    return (
                      <tr>
                        <th scope="row">{dimensionLabel(t, d)}</th>
                        <td>{significanceLabel(t, m.significance)}</td>
                        <td dir="auto">{m.evidence ?? ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </RecordSection>
        ) : null}

        {bestPractice.some(([, , m]) => Object.keys(m).length) || i.impactMetrics.length ? (
          <RecordSection id="practice" title={t('Best practice')}>
            {i.impactMetrics.length ? (
              <ul class="metrics">
                {i.impactMetrics.map((m) => (
                  <li>
                    <strong>
                      {fmt.number(m.value)}
                      {m.unit && m.unit !== 'people' ? ` ${m.unit}` : ''}
                    </strong>{' '}
                    <LangText ctx={ctx} map={m.label} original={i.originalLang} />
                    {m.year ? ` (${m.year})` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
            {bestPractice
              .filter(([, , m]) => Object.keys(m).length)
              .map(([id, label, m]) => (
                <>
                  <h3 id={`practice-${id}`}>{label}</h3>
                  <LangText ctx={ctx} map={m} original={i.originalLang} as="div" />
                </>
              ))}
          </RecordSection>
        ) : null}

        {i.links.length ? (
          <RecordSection id="links" title={t('Links')}>
            <RecordLinks ctx={ctx} links={i.links} />
          </RecordSection>
        ) : null}

        <RecordSection id="provenance" title={t('About this record')}>
          <dl class="facts">
            <dt>{t('Source')}</dt>
            <dd>
              {i.isSample ? t('Sample content written by the Leapfrog team') : i.provenance.source}
              {i.provenance.url ? (
                <>
                  {' '}
                  <a href={i.provenance.url}>{i.provenance.url}</a>
                </>
              ) : null}
            </dd>
            {Object.entries(i.externalIds).map(([k, v]) => (
              <>
                <dt>{t('{scheme} identifier', { scheme: k.toUpperCase() })}</dt>
                <dd>{v}</dd>
              </>
            ))}
            <RecordFreshness ctx={ctx} record={i} />
          </dl>
          <RecordJsonLink ctx={ctx} href={`/api/v1/initiatives/${i.id}`} />
        </RecordSection>
      </article>
  );
}
