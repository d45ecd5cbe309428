import { INITIATIVE_KINDS, INITIATIVE_STATUSES, ORGANISATION_ROLES, SCOPES } from '../../../domain/initiative/initiative.ts';
import type { Organisation } from '../../../domain/organisation/organisation.ts';
import { TRUST_DIMENSIONS } from '../../../domain/classification/trust-marker.ts';
import { textOf } from '../../views/text.tsx';
import { dimensionLabel, kindLabel, roleLabel, scopeLabel, significanceLabel, statusLabel } from '../../views/labels.ts';
import { valueOf } from '../record-form/form-data.ts';
import type { RowGroup } from './initiative-form-data.ts';
import { AddRows, Group, LangTexts, MultiSelect, Rows, SelectInput, TextInput, type FormState } from '../record-form/form-fields.tsx';
import { LinkRows, countryGroups } from '../record-form/form-sections.tsx';
import { OriginalLangAndTitle } from '../record-form/form-page.tsx';

export { ClassificationSection } from '../record-form/form-sections.tsx';

// The sections of the initiative form, in the order of the record page.

/** Texts, kind, status, scope and dates. */
export function AboutSection(s: FormState) {
  const { t } = s.ctx;
  return (
    <section aria-labelledby="form-about">
      <h2 id="form-about">{t('About the initiative')}</h2>
      <OriginalLangAndTitle {...s} />
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
  const { t, lang } = s.ctx;
  const groups = countryGroups(s.ctx, t('Other areas'));
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
      <p class="hint">
        {/* A new tab: this form keeps what was typed, and the new organisation is in the list once the form is reloaded. */}
        <a href={s.ctx.href('/organisations/new')} target="_blank" rel="noopener">
          {t('An organisation is not in the list? Add it (opens in a new tab)')}
        </a>
      </p>
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
      <LinkRows {...s} rows={rows} />
      <TextInput {...s} name="licence" label={t('Licence')} hint={t('SPDX identifier, such as CC-BY-4.0 or Apache-2.0.')} maxLength={64} />
      <Group ctx={s.ctx} errors={s.errors} name="externalIds" legend={t('Identifiers in other registries')} hint={t('They help find records of the same initiative.')} class="grid">
        <TextInput {...s} name="externalIds.wsis" label={t('WSIS Stocktaking identifier')} maxLength={100} />
        <TextInput {...s} name="externalIds.dpg" label={t('Digital Public Goods identifier')} maxLength={100} />
        <TextInput {...s} name="externalIds.iati" label={t('IATI identifier')} maxLength={150} />
      </Group>
    </section>
  );
}
