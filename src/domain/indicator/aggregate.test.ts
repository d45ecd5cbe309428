import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateYear, aggregateSeries, gapOverTime, rankLatest } from './aggregate.ts';

const values = new Map([['A', 10], ['B', 50]]);
const population = new Map([['A', 300], ['B', 100], ['C', 600]]);

describe('group aggregates', () => {
  it('weights by population over the members with a value and a population, and says how much of the group that covers', () => {
    const a = aggregateYear(2022, values, population, ['A', 'B', 'C'], 'population-weighted');
    assert.equal(a.value, (10 * 300 + 50 * 100) / 400);
    assert.equal(a.countriesWithData, 2);
    assert.equal(a.members, 3);
    assert.equal(a.populationCoverage, 0.4);
  });

  it('gives the simple mean with the same coverage', () => {
    const a = aggregateYear(2022, values, population, ['A', 'B', 'C'], 'mean');
    assert.equal(a.value, 30);
    assert.equal(a.populationCoverage, 0.4);
  });

  it('leaves out a country without population from the weighted mean only', () => {
    const a = aggregateYear(2022, new Map([['A', 10], ['D', 90]]), population, ['A', 'D'], 'population-weighted');
    assert.equal(a.value, 10);
    assert.equal(a.countriesWithData, 1);
    assert.equal(aggregateYear(2022, new Map([['A', 10], ['D', 90]]), population, ['A', 'D'], 'mean').value, 50);
  });

  it('has no value when no member has data, and drops such years from a series', () => {
    assert.equal(aggregateYear(2022, values, population, ['C'], 'mean').value, null);
    const series = aggregateSeries(new Map([[2021, new Map([['C', 1]])], [2020, values]]), new Map([[2020, population]]), ['A', 'B'], 'mean');
    assert.deepEqual(series.map((s) => s.year), [2020]);
  });

  it('measures the gap to the world and how it changed', () => {
    const g = [2019, 2022].map((year, i) => ({ year, value: [20, 30][i]!, method: 'mean' as const, countriesWithData: 1, members: 1, populationCoverage: 1 }));
    const w = [2019, 2022].map((year, i) => ({ year, value: [50, 65][i]!, method: 'mean' as const, countriesWithData: 1, members: 1, populationCoverage: 1 }));
    const gap = gapOverTime(g, w);
    assert.deepEqual(gap.points.map((p) => p.gap), [-30, -35]);
    assert.deepEqual(gap.change, { from: 2019, to: 2022, gapChange: -5 });
  });

  it('ranks members by their latest value, ties sharing a rank, lowest first when lower is better', () => {
    const latest = new Map([['A', { year: 2022, value: 5 }], ['B', { year: 2021, value: 9 }], ['C', { year: 2022, value: 5 }]]);
    assert.deepEqual(rankLatest(latest, ['A', 'B', 'C', 'Z']).map((r) => [r.m49, r.rank]), [['B', 1], ['A', 2], ['C', 2]]);
    assert.deepEqual(rankLatest(latest, ['A', 'B'], true).map((r) => r.m49), ['A', 'B']);
  });
});
