import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase } from '../../store/database.ts';
import { createServices } from '../../services.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { Policy } from '../policy/policy.ts';
import { INDICATORS } from '../indicator/catalogue.ts';
import { policyJsonLd } from './policy-json-ld.ts';
import { indicatorDatasets } from './indicator-datasets.ts';
import { policyRecord } from '../../../test/fixtures/policies.ts';

const base: Policy = policyRecord({
  title: { en: 'African Union Data Policy Framework', fr: 'Cadre de politique des données de l’Union africaine' },
  summary: { en: 'Shared rules for data.' },
  originalLang: 'en',
  type: 'guideline',
  jurisdiction: { region: '002', organisation: { en: 'African Union' } },
  countries: ['404', '646'],
  dates: { adopted: '2022-02-01', revised: '2024-05-01' },
  themes: ['privacy-data-protection'],
  classifications: [{ scheme: 'sdg-target', code: '17.8', source: 'self' }],
  links: [{ kind: 'document', url: 'https://au.int/en/documents/data-policy' }],
  relatedPolicies: [
    { policyId: 'p0', relation: 'implements' },
    { policyId: 'p9', relation: 'replaces' },
  ],
  workflowState: 'published',
});

describe('policies and indicator series as linked data', () => {
  let vocab: Vocabulary;
  before(async () => {
    vocab = (await createServices(openDatabase('sqlite::memory:'))).vocabulary.current();
  });

  it('maps a regional instrument to Legislation: M49 region, members, dates, legal force, relations', () => {
    const ld = policyJsonLd(base, vocab, 'https://lf.example') as Record<string, any>;
    assert.equal(ld['@type'], 'Legislation');
    assert.equal(ld.legislationType, 'Guideline');
    assert.equal(ld.legislationJurisdiction['@id'], 'http://metadata.un.org/m49/002');
    assert.deepEqual(ld.spatialCoverage.map((c: any) => c['@id']), ['http://metadata.un.org/m49/404', 'http://metadata.un.org/m49/646']);
    assert.equal(ld.legislationDate, '2022-02-01');
    assert.equal(ld.legislationDateVersion, '2024-05-01');
    assert.equal(ld.legislationLegalForce['@id'], 'https://schema.org/InForce');
    assert.deepEqual(ld.legislationApplies, [{ '@type': 'Legislation', '@id': 'https://lf.example/en/policies/p0' }]);
    assert.deepEqual(ld.legislationChanges, [{ '@type': 'Legislation', '@id': 'https://lf.example/en/policies/p9' }]);
    assert.deepEqual(ld.about.map((a: any) => a['@id']), ['http://metadata.un.org/sdg/17.8']);
    assert.deepEqual(ld.sameAs, ['https://au.int/en/documents/data-policy']);
    assert.equal(ld.legislationResponsible.name[0]['@value'], 'African Union');
    assert.deepEqual(ld.name.map((n: any) => n['@language']), ['en', 'fr']);
  });

  it('names a national instrument by its country, a draft as not in force, and a group by its code', () => {
    const national = policyJsonLd({ ...base, level: 'national', jurisdiction: { country: '646' }, status: 'consultation', relatedPolicies: [] }, vocab, 'https://lf.example') as Record<string, any>;
    assert.deepEqual(national.legislationJurisdiction, { '@type': 'Country', '@id': 'http://metadata.un.org/m49/646', name: 'Rwanda' });
    assert.equal(national.legislationLegalForce['@id'], 'https://schema.org/NotInForce');
    assert.equal(national.legislationChanges, undefined);
    const adopted = policyJsonLd({ ...base, status: 'adopted', jurisdiction: { region: 'LDC' } }, vocab, 'https://lf.example') as Record<string, any>;
    assert.equal(adopted.legislationLegalForce, undefined, 'adopted says nothing about force');
    assert.equal(adopted.legislationJurisdiction.identifier, 'LDC');
  });

  it('describes each indicator series with its source, years, area, CSV and API distributions', () => {
    const [indicator] = INDICATORS;
    const series = { id: 'itu:x', indicatorCode: indicator!.code, format: 'itu-datahub' as never, sourceSeries: 'i99H', source: 'ITU', licence: 'ITU', url: 'https://datahub.itu.int/', importedAt: '2026-01-02T00:00:00.000Z', rows: 10 };
    const [d] = indicatorDatasets([{ indicator: indicator!, coverage: { indicatorCode: indicator!.code, observations: 10, countries: 5, firstYear: 2015, lastYear: 2023 }, series: [series] }]);
    assert.equal(d!.id, `indicator-${indicator!.code}`);
    assert.deepEqual(d!.temporal, { start: '2015', end: '2023' });
    assert.deepEqual(d!.sources, ['https://datahub.itu.int/']);
    assert.equal(d!.modified, '2026-01-02T00:00:00.000Z');
    const csv = d!.distributions.find((x) => x.path === `/api/v1/indicators/${indicator!.code}/observations.csv`);
    assert.deepEqual([csv?.mediaType, csv?.isService], ['text/csv', undefined], 'a CSV file to download');
    assert.ok(d!.distributions.some((x) => x.path === `/api/v1/indicators/${indicator!.code}/observations` && x.isService), 'next to the JSON API');
    const [none] = indicatorDatasets([{ indicator: indicator!, series: [] }]);
    assert.equal(none!.temporal, undefined, 'no years without observations');
  });
});
