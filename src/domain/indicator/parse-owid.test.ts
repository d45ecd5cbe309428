import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedData } from '../../../test/helpers/shared-data.ts';
import { parseOwid } from './parse-owid.ts';
import { TEST_PLACES } from '../../../test/helpers/places.ts';

describe('Our World in Data parser', () => {
  const r = parseOwid(readFileSync(sharedData('ict-indicators/owid/share-of-individuals-using-the-internet.csv'), 'utf8'), { places: TEST_PLACES });

  it('reads the semicolon file, recognises Internet use by its column title, and keeps World as a published aggregate', () => {
    assert.equal(r.rowsRead, 7151);
    assert.ok(r.rows.every((x) => x.indicatorCode === '17.8.1'));
    const world = r.rows.filter((x) => 'group' in x.area && x.area.group === 'WORLD');
    assert.equal(world.find((x) => x.year === 2022)?.value, 64.4);
    assert.equal(world.find((x) => x.year === 2023)?.value, 67.4);
  });

  it('skips code-less aggregates and rejects Kosovo (not in M49) with its line', () => {
    assert.equal(Object.values(r.skipped).reduce((a, b) => a + b, 0), 434);
    assert.ok(r.rejects.length > 0 && r.rejects.every((x) => /OWID_KOS/.test(x.reason) && x.line > 1));
    assert.equal(r.rows.length + r.rejects.length + 434, 7151);
  });

  it('reads comma-separated files and asks for an indicator it cannot recognise', () => {
    const ok = parseOwid('Entity,Code,Year,Individuals using the Internet (% of population)\nKenya,KEN,2022,40.8\n', { places: TEST_PLACES });
    assert.equal(ok.rows[0]!.value, 40.8);
    const unknown = parseOwid('Entity,Code,Year,Cheese eaten\nKenya,KEN,2022,1\n', { places: TEST_PLACES });
    assert.match(unknown.rejects[0]!.reason, /--indicator/);
  });
});
