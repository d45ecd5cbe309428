import type { Initiative } from '../../../domain/initiative/initiative.ts';
import { INITIATIVE_RELATIONS, POLICY_LEVELS, POLICY_RELATIONS, POLICY_STATUSES, POLICY_TYPES, type Policy } from '../../../domain/policy/policy.ts';
import { POLICY_THEMES } from '../../../domain/vocabulary/policy-theme.ts';
import { ITU_REGIONS, regionName } from '../../../domain/vocabulary/country.ts';
import type { PageContext } from '../../views/context.ts';
import { textOf } from '../../views/text.tsx';
import { ituRegionLabel } from '../../views/labels.ts';
import { initiativeRelationLabel, policyLevelLabel, policyRelationLabel, policyStatusLabel, policyTypeLabel, themeLabel } from '../../views/policy-labels.ts';
import { valueOf } from '../record-form/form-data.ts';
import { AddRows, Checkboxes, Group, LangTexts, MultiSelect, Rows, SelectInput, TextInput, type FormState } from '../record-form/form-fields.tsx';
import { ClassificationSection, LinkRows, countryGroups } from '../record-form/form-sections.tsx';
import { OriginalLangAndTitle, RecordFormPage } from '../record-form/form-page.tsx';
import type { FormPageState } from '../record-form/form-routes.ts';
import { policyRowsToShow, type PolicyRowGroup } from './policy-form-data.ts';
import { PolicyArticle, type PolicyPageData } from './policy-page.tsx';
import { formFieldLabel } from '../../views/field-labels.ts';

type Options = [string, string][];

export interface PolicyFormProps extends Omit<FormPageState<Policy>, 'preview'> {
  ctx: PageContext;
  /** Policies and initiatives the relations may name. */
  policies: Policy[];
  initiatives: Initiative[];
  /** The record page as it would be: shown above the form, nothing saved. */
  preview?: PolicyPageData;
}

/** The error summary links to the input of each field; a whole language map links to its original-language text. */
function anchorOf(field: string, originalLang: string): string {
  if (/^(title|summary|issuingBody|jurisdiction\.organisation)$/.test(field)) return `${field}.${originalLang}`;
  if (/^(sdgGoals|technologies|wsis|countries|themes)\[/.test(field)) return field.split('[')[0]!;
  return field;
}

/** The name of a field for the error summary: the shared names, but a policy's countries are its members. */
function labelOf(ctx: PageContext, field: string): string | undefined {
  return formFieldLabel(ctx, field, { countries: ctx.t('Member countries') });
}

/** Texts, type, level, status and dates. */
function AboutSection(s: FormState) {
  const { t } = s.ctx;
  return (
    <section aria-labelledby="form-about">
      <h2 id="form-about">{t('About the instrument')}</h2>
      <OriginalLangAndTitle {...s} />
      <LangTexts {...s} field="summary" legend={t('Summary')} hint={t('In your own words, not copied from the text: what it sets out to do and how.')} long maxLength={3000} />
      <SelectInput {...s} name="type" label={t('Type')} empty={t('Choose one')} options={POLICY_TYPES.map((x) => [x, policyTypeLabel(t, x)])} />
      <SelectInput {...s} name="status" label={t('Status')} empty={t('Choose one')} options={POLICY_STATUSES.map((x) => [x, policyStatusLabel(t, x)])} />
      <Group ctx={s.ctx} errors={s.errors} name="dates" legend={t('Dates')} class="grid">
        <TextInput {...s} type="date" name="dates.proposed" label={t('Published as a draft')} />
        <TextInput {...s} type="date" name="dates.adopted" label={t('Adopted')} />
        <TextInput {...s} type="date" name="dates.inForce" label={t('In force since')} />
        <TextInput {...s} type="date" name="dates.revised" label={t('Last revised')} />
        <TextInput {...s} type="date" name="dates.repealed" label={t('Repealed')} />
      </Group>
    </section>
  );
}

/** Level and jurisdiction: a country, a region or group, an organisation, member countries; and the issuing body. */
function JurisdictionSection(s: FormState) {
  const { t, vocab, lang } = s.ctx;
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], lang);
  const countries = vocab.countries.map((c): [string, string] => [c.iso3, c.names[lang]]).sort(byName);
  const regions: Options = [
    ...vocab.groups.map((g): [string, string] => [g.code, g.labels[lang]]),
    ...ITU_REGIONS.map((r): [string, string] => [r, t('ITU region: {region}', { region: ituRegionLabel(t, r) })]),
    ...vocab.regionCodes.map((r): [string, string] => [r, regionName(r, lang)]).sort(byName),
  ];
  return (
    <section aria-labelledby="form-where">
      <h2 id="form-where">{t('Where it applies and who issued it')}</h2>
      <SelectInput {...s} name="level" label={t('Level')} empty={t('Choose one')} options={POLICY_LEVELS.map((x) => [x, policyLevelLabel(t, x)])} />
      <Group ctx={s.ctx} errors={s.errors} name="jurisdiction" legend={t('Jurisdiction')} hint={t('A national instrument names its country; a regional one its region or group, its organisation or its member countries.')}>
        <SelectInput {...s} name="jurisdiction.country" label={t('Country')} empty={t('None')} options={countries} />
        <SelectInput {...s} name="jurisdiction.region" label={t('Region or country group')} empty={t('None')} options={regions} />
        <LangTexts {...s} field="jurisdiction.organisation" legend={t('Organisation it belongs to')} hint={t('Such as the African Union or ITU.')} singleLine maxLength={300} />
        <MultiSelect {...s} name="countries" label={t('Member countries')} hint={t('For a regional instrument, when they are not simply the members of its region or group. Hold Ctrl (or Cmd) to choose several.')} groups={countryGroups(s.ctx, t('Other areas'))} />
      </Group>
      <LangTexts {...s} field="issuingBody" legend={t('Issuing body')} hint={t('Who adopted it, such as the Parliament of Kenya.')} singleLine maxLength={300} />
    </section>
  );
}

/** Rows naming another record by id, with a relation. */
function RelationRows({ group, count, legend, records, relations, addLabel, ...s }: FormState & { group: PolicyRowGroup; count: number; legend: (n: number) => string; records: Options; relations: Options; addLabel: string }) {
  const { t } = s.ctx;
  // A record linked already but not among the choices (not visible to the reader, or older) stays chosen by its id.
  const withCurrent = (r: number): Options => {
    const id = valueOf(s.body, `${group}[${r}].id`);
    return id && !records.some(([v]) => v === id) ? [[id, id], ...records] : records;
  };
  return (
    <>
      <Rows ctx={s.ctx} errors={s.errors} group={group} count={count} legend={legend}>
        {(r) => (
          <div class="grid">
            <SelectInput {...s} name={`${group}[${r}].relation`} label={t('Relation')} empty={t('Choose one')} options={relations} />
            <SelectInput {...s} name={`${group}[${r}].id`} label={t('Record')} empty={t('None')} options={withCurrent(r)} />
          </div>
        )}
      </Rows>
      <AddRows ctx={s.ctx} group={group} label={addLabel} />
    </>
  );
}

/** Themes, official links, and relations to other policies and to initiatives. */
function LinksSection({ policies, initiatives, rows, self, ...s }: FormState & { policies: Policy[]; initiatives: Initiative[]; rows: Record<PolicyRowGroup, number>; self?: string }) {
  const { t, lang } = s.ctx;
  const titled = (r: Policy | Initiative): [string, string] => [r.id, textOf(s.ctx, r.title, r.originalLang)];
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], lang);
  return (
    <>
      <section aria-labelledby="form-themes">
        <h2 id="form-themes">{t('Themes')}</h2>
        <Checkboxes {...s} name="themes" legend={t('Themes')} options={POLICY_THEMES.map((x) => [x, themeLabel(x, lang)])} />
      </section>
      <section aria-labelledby="form-links">
        <h2 id="form-links">{t('Official sources')}</h2>
        <p class="hint">{t('The official text, or the page of the issuing body.')}</p>
        <LinkRows {...s} rows={rows} />
      </section>
      <section aria-labelledby="form-relations">
        <h2 id="form-relations">{t('Related policies and initiatives')}</h2>
        <RelationRows
          {...s}
          group="relatedPolicies"
          count={rows.relatedPolicies}
          legend={(n) => t('Related policy {n}', { n })}
          records={policies.filter((p) => p.id !== self).map(titled).sort(byName)}
          relations={POLICY_RELATIONS.map((r) => [r, policyRelationLabel(t, r, 'out')])}
          addLabel={t('Add more related policies')}
        />
        <RelationRows
          {...s}
          group="initiatives"
          count={rows.initiatives}
          legend={(n) => t('Linked initiative {n}', { n })}
          records={initiatives.map(titled).sort(byName)}
          relations={INITIATIVE_RELATIONS.map((r) => [r, initiativeRelationLabel(t, r)])}
          addLabel={t('Add more linked initiatives')}
        />
      </section>
    </>
  );
}

/** The one form to create and edit a policy instrument, with preview, duplicates and every field of the record. */
export function PolicyFormPage(props: PolicyFormProps) {
  const { ctx, body, errors = [], record, policies, initiatives, preview } = props;
  const { t } = ctx;
  const title = record ? t('Edit {title}', { title: textOf(ctx, record.title, record.originalLang) }) : t('New policy instrument');
  const rows = policyRowsToShow(body);
  const original = valueOf(body, 'originalLang') || ctx.lang;
  const state = { ctx, body, errors };
  return (
    <RecordFormPage
      {...props}
      base="/policies"
      title={title}
      preview={preview ? <PolicyArticle ctx={ctx} data={preview} /> : undefined}
      anchor={(f) => anchorOf(f, original)}
      label={(f) => labelOf(ctx, f)}
    >
      <AboutSection {...state} />
      <JurisdictionSection {...state} />
      <ClassificationSection {...state} rows={rows} />
      <LinksSection {...state} policies={policies} initiatives={initiatives} rows={rows} self={record?.id} />
    </RecordFormPage>
  );
}
