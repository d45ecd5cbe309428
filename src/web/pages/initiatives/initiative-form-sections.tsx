import { INITIATIVE_KINDS, INITIATIVE_STATUSES, LINK_KINDS, ORGANISATION_ROLES, SCOPES } from '../../../domain/initiative/initiative.ts';
import type { Organisation } from '../../../domain/organisation/organisation.ts';
import { TRUST_DIMENSIONS } from '../../../domain/classification/trust-marker.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';
import { regionName } from '../../../domain/vocabulary/country.ts';
import { textOf } from '../../views/text.tsx';
import { dimensionLabel, kindLabel, linkKindLabel, roleLabel, scopeLabel, significanceLabel, statusLabel } from '../../views/labels.ts';
import { valueOf, type RowGroup } from './initiative-form-data.ts';
import { AddRows, Checkboxes, Group, LangTexts, MultiSelect, Rows, SelectInput, TextInput, type FormState } from './initiative-form-fields.tsx';

// The sections of the initiative form, in the order of the record page.

/** Texts, kind, status, scope and dates. */
export function AboutSection(s: FormState) {
  const { t, fmt } = s.ctx;
  return (
    <section aria-labelledby="form-about">
      <h2 id="form-about">{t('About the initiative')}</h2>
      <SelectInput {...s} name="originalLang" label={t('Original language')} hint={t('The language the record is written in. The title must be given in it.')} empty={t('Choose a language')} options={LANGS.map((l) => [l, fmt.languageName(l)])} />
      <LangTexts {...s} field="title" legend={t('Title')} hint={t('At least in the original language. Add translations in the other languages if you have them.')} maxLength={300} />
      <LangTexts {...s} field="summary" legend={t('Summary')} hint={t('One paragraph.')} maxLength={2000} />
      <LangTexts {...s} field="description" legend={t('Description')} hint={t('Blank lines separate paragraphs.')} long maxLength={20000} />
      <SelectInput {...s} name="kind" label={t('Kind')} empty={t('Choose one')} options={INITIATIVE_KINDS.map((k) => [k, kindLabel(t, k)])} />
      <SelectInput {...s} name="status" label={t('Status')} empty={t('Choose one')} options={INITIATIVE_STATUSES.map((x) => [x, statusLabel(t, x)])} />
      <SelectInput {...s} name="scope" label={t('Geographic scope')} empty={t('Not stated')} options={SCOPES.map((x) => [x, scopeLabel(t, x)])} />
      <Group ctx={s.ctx} errors={s.errors} name="dates" legend={t('Dates')} class="grid">
        <TextInput {...s} type="date" name="dates.plannedStart" label={t('Planned start')} />
        <TextInput {...s} type="date" name="dates.plannedEnd" label={t('Planned end')} />
        <TextInput {...s} type="date" name="dates.actualStart" label={t('Actual start')} />
        <TextInput {...s} type="date" name="dates.actualEnd" label={t('Actual end')} />
      </Group>
    </section>
  );
}

/** Countries by region, and organisations with their roles. */
export function WhereWhoSection({ organisations, rows, ...s }: FormState & { organisations: Organisation[]; rows: Record<RowGroup, number> }) {
  const { t, vocab, lang } = s.ctx;
  const byRegion = new Map<string, [string, string][]>();
  for (const c of vocab.countries) {
    const key = c.region ?? '';
    byRegion.set(key, [...(byRegion.get(key) ?? []), [c.iso3, c.names[lang]]]);
  }
  const groups = [...byRegion.entries()]
    .map(([region, options]) => ({ label: region ? regionName(region, lang) : t('Other areas'), options: options.sort((a, b) => a[1].localeCompare(b[1], lang)) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const orgOptions = organisations.map((o): [string, string] => [o.id, textOf(s.ctx, o.name, o.originalLang as never)]).sort((a, b) => a[1].localeCompare(b[1], lang));
  return (
    <section aria-labelledby="form-where">
      <h2 id="form-where">{t('Where and who')}</h2>
      <MultiSelect {...s} name="countries" label={t('Countries and areas')} hint={t('Hold Ctrl (or Cmd) to choose several.')} groups={groups} />
      <Rows ctx={s.ctx} errors={s.errors} group="organisations" count={rows.organisations} legend={(n) => t('Organisation {n}', { n })}>
        {(r) => (
          <div class="grid">
            <SelectInput {...s} name={`organisations[${r}].id`} label={t('Organisation')} empty={t('None')} options={orgOptions} />
            <SelectInput {...s} name={`organisations[${r}].role`} label={t('Role')} empty={t('Choose one')} options={ORGANISATION_ROLES.map((x) => [x, roleLabel(t, x)])} />
          </div>
        )}
      </Rows>
      <AddRows ctx={s.ctx} group="organisations" label={t('Add more organisations')} />
    </section>
  );
}

/** SDG goals, targets with evidence, technologies and WSIS action lines. */
export function ClassificationSection({ rows, ...s }: FormState & { rows: Record<RowGroup, number> }) {
  const { t, vocab, lang } = s.ctx;
  const targetOptions = [...vocab.targets.values()].map((x): [string, string] => [x.code, `${x.code} ${(x.title[lang] ?? x.title.en ?? '').slice(0, 90)}`]);
  return (
    <section aria-labelledby="form-sdgs">
      <h2 id="form-sdgs">{t('SDGs and technologies')}</h2>
      <Checkboxes {...s} name="sdgGoals" legend={t('SDG goals')} options={vocab.goals.map((g) => [String(g.number), `${g.number}. ${g.short[lang]}`])} />
      <Rows ctx={s.ctx} errors={s.errors} group="targets" count={rows.targets} legend={(n) => t('SDG target {n}', { n })}>
        {(r) => (
          <>
            <SelectInput {...s} name={`targets[${r}].code`} label={t('SDG target')} empty={t('None')} options={targetOptions} />
            <TextInput {...s} name={`targets[${r}].evidenceText`} label={t('Evidence')} hint={t('A sentence from a report or website showing the link.')} maxLength={2000} />
            <TextInput {...s} type="url" name={`targets[${r}].evidenceUrl`} label={t('Evidence address (URL)')} />
          </>
        )}
      </Rows>
      <AddRows ctx={s.ctx} group="targets" label={t('Add more SDG targets')} />
      <Checkboxes {...s} name="technologies" legend={t('Technologies')} options={vocab.technologies.map((x) => [x.slug, x.labels[lang]])} />
      <Checkboxes {...s} name="wsis" legend={t('WSIS action lines')} options={vocab.wsis.map((w) => [w.code, `${w.code} ${w.labels[lang]}`])} />
    </section>
  );
}

/** Trust markers: each dimension's significance (0–2) and evidence. */
export function TrustSection(s: FormState) {
  const { t } = s.ctx;
  return (
    <section aria-labelledby="form-trust">
      <h2 id="form-trust">{t('Trust markers')}</h2>
      <p class="hint">{t('How far each dimension of trust is an objective of the initiative, with evidence.')}</p>
      {TRUST_DIMENSIONS.map((d) => {
        const name = `trustMarkers.${d}.significance`;
        const value = valueOf(s.body, name);
        return (
          <Group ctx={s.ctx} errors={s.errors} name={`trustMarkers.${d}`} legend={dimensionLabel(t, d)} class="row">
            <Group ctx={s.ctx} errors={s.errors} name={name} legend={t('Significance')} class="radios">
              {(['', '0', '1', '2'] as const).map((v) => (
                <label>
                  <input type="radio" name={name} value={v} checked={value === v} /> {v === '' ? t('Not stated') : significanceLabel(t, Number(v) as 0 | 1 | 2)}
                </label>
              ))}
            </Group>
            <TextInput {...s} name={`trustMarkers.${d}.evidence`} label={t('Evidence')} maxLength={2000} />
          </Group>
        );
      })}
    </section>
  );
}

/** Impact, metrics, best-practice texts, budget, links, licence and external ids. */
export function PracticeSection({ rows, ...s }: FormState & { rows: Record<RowGroup, number> }) {
  const { t } = s.ctx;
  return (
    <section aria-labelledby="form-practice">
      <h2 id="form-practice">{t('Impact and best practice')}</h2>
      <LangTexts {...s} field="impact" legend={t('Impact')} maxLength={5000} />
      <Rows ctx={s.ctx} errors={s.errors} group="impactMetrics" count={rows.impactMetrics} legend={(n) => t('Impact figure {n}', { n })}>
        {(r) => (
          <div class="grid">
            <TextInput {...s} name={`impactMetrics[${r}].value`} label={t('Value')} hint={t('A number, such as 120000.')} />
            <TextInput {...s} name={`impactMetrics[${r}].unit`} label={t('Unit')} hint={t('Such as people, schools or USD.')} maxLength={40} />
            <TextInput {...s} name={`impactMetrics[${r}].label`} label={t('What was counted')} hint={t('In the original language, such as “farmers reached”.')} maxLength={200} />
            <TextInput {...s} name={`impactMetrics[${r}].year`} label={t('Year')} maxLength={4} />
          </div>
        )}
      </Rows>
      <AddRows ctx={s.ctx} group="impactMetrics" label={t('Add more impact figures')} />
      <LangTexts {...s} field="partnerships" legend={t('Partnerships')} maxLength={5000} />
      <LangTexts {...s} field="lessons" legend={t('Challenges and lessons learned')} maxLength={5000} />
      <LangTexts {...s} field="replicability" legend={t('Replicability and sustainability')} maxLength={5000} />
      <Group ctx={s.ctx} errors={s.errors} name="budget" legend={t('Budget')} class="grid">
        <TextInput {...s} name="budget.amount" label={t('Amount')} />
        <TextInput {...s} name="budget.currency" label={t('Currency')} hint={t('ISO 4217 code, such as USD or EUR.')} maxLength={3} />
      </Group>
      <Rows ctx={s.ctx} errors={s.errors} group="links" count={rows.links} legend={(n) => t('Link {n}', { n })}>
        {(r) => (
          <div class="grid">
            <SelectInput {...s} name={`links[${r}].kind`} label={t('Kind of link')} empty={t('Website')} options={LINK_KINDS.filter((k) => k !== 'website').map((k) => [k, linkKindLabel(t, k)])} />
            <TextInput {...s} type="url" name={`links[${r}].url`} label={t('Address (URL)')} />
            <TextInput {...s} name={`links[${r}].title`} label={t('Title of the link')} maxLength={300} />
          </div>
        )}
      </Rows>
      <AddRows ctx={s.ctx} group="links" label={t('Add more links')} />
      <TextInput {...s} name="licence" label={t('Licence')} hint={t('SPDX identifier, such as CC-BY-4.0 or Apache-2.0.')} maxLength={64} />
      <Group ctx={s.ctx} errors={s.errors} name="externalIds" legend={t('Identifiers in other registries')} hint={t('They help find records of the same initiative.')} class="grid">
        <TextInput {...s} name="externalIds.wsis" label={t('WSIS Stocktaking identifier')} maxLength={100} />
        <TextInput {...s} name="externalIds.dpg" label={t('Digital Public Goods identifier')} maxLength={100} />
        <TextInput {...s} name="externalIds.iati" label={t('IATI identifier')} maxLength={150} />
      </Group>
    </section>
  );
}
