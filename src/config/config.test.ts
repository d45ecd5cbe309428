import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, ConfigError } from './config.ts';

describe('config', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    assert.equal(c.port, 8080);
    assert.equal(c.databaseUrl, 'sqlite:./data/leapfrog.db');
    assert.equal(c.adminToken, undefined);
    assert.equal(c.loadSample, true);
    assert.ok(Object.isFrozen(c));
  });

  it('reads the environment', () => {
    const c = loadConfig({ PORT: '9000', DATABASE_URL: 'postgres://u@h/db', LEAPFROG_ADMIN_TOKEN: 'x'.repeat(20), LOG_LEVEL: 'debug', LEAPFROG_SAMPLE: 'false' });
    assert.equal(c.port, 9000);
    assert.equal(c.databaseUrl, 'postgres://u@h/db');
    assert.equal(c.logLevel, 'debug');
    assert.equal(c.loadSample, false);
  });

  it('names every bad value by its variable in one error', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LEAPFROG_ADMIN_TOKEN: 'short', LOG_LEVEL: 'loud' }),
      (err: Error) => {
        assert.ok(err instanceof ConfigError);
        for (const v of ['PORT="eighty"', 'DATABASE_URL="mysql://x"', 'LEAPFROG_ADMIN_TOKEN="short"', 'LOG_LEVEL="loud"']) assert.ok(err.message.includes(v), `${v} in ${err.message}`);
        return true;
      },
    );
  });

  it('takes the IATI reporting organisation from the settings, with a valid placeholder by default', () => {
    const d = loadConfig({});
    assert.deepEqual([d.iatiPublisherRef, d.iatiPublisherName, d.iatiPublisherType], ['XI-LEAPFROG', 'Leapfrog open platform', '90']);
    const c = loadConfig({ LEAPFROG_IATI_PUBLISHER_REF: 'XM-DAC-41114', LEAPFROG_IATI_PUBLISHER_NAME: 'UNDP', LEAPFROG_IATI_PUBLISHER_TYPE: '40' });
    assert.deepEqual([c.iatiPublisherRef, c.iatiPublisherName, c.iatiPublisherType], ['XM-DAC-41114', 'UNDP', '40']);
    assert.throws(
      () => loadConfig({ LEAPFROG_IATI_PUBLISHER_REF: 'has space/slash', LEAPFROG_IATI_PUBLISHER_TYPE: 'ngo' }),
      (err: Error) => err.message.includes('LEAPFROG_IATI_PUBLISHER_REF="has space/slash"') && err.message.includes('LEAPFROG_IATI_PUBLISHER_TYPE="ngo"'),
    );
  });
});
