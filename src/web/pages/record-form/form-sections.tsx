import { LINK_KINDS } from '../../../domain/initiative/initiative.ts';
import { regionName } from '../../../domain/vocabulary/country.ts';
import type { PageContext } from '../../views/context.ts';
import { linkKindLabel } from '../../views/labels.ts';
import { AddRows, Checkboxes, Rows, SelectInput, TextInput, type FormState } from './form-fields.tsx';

// Sections and row groups that initiatives and policies share, with the same field names in both forms.

/** Countries (ISO alpha-3) grouped by M49 region, names in the reader's language: for selects. */
export function countryGroups(ctx: PageContext, otherAreas: string): { label: string; options: [string, string][] }[] {
  const { vocab, lang } = ctx;
  const byRegion = new Map<string, [string, string][]>();
  for (const c of vocab.countries) {
    const key = c.region ?? '';
    byRegion.set(key, [...(byRegion.get(key) ?? []), [c.iso3, c.names[lang]]]);
  }
  return [...byRegion.entries()]
    .map(([region, options]) => ({ label: region ? regionName(region, lang) : otherAreas, options: options.sort((a, b) => a[1].localeCompare(b[1], lang)) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** SDG goals, targets with evidence, technologies and WSIS action lines. */
export function ClassificationSection({ rows, hideWsis = false, ...s }: FormState & { rows: { targets: number }; hideWsis?: boolean }) {
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
      {hideWsis ? null : <Checkboxes {...s} name="wsis" legend={t('WSIS action lines')} options={vocab.wsis.map((w) => [w.code, `${w.code} ${w.labels[lang]}`])} />}
    </section>
  );
}

/** Link rows: kind, address and title, with a button for more. */
export function LinkRows({ rows, ...s }: FormState & { rows: { links: number } }) {
  const { t } = s.ctx;
  return (
    <>
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
    </>
  );
}
