import { test } from 'node:test';
import assert from 'node:assert/strict';
import SQLite from 'better-sqlite3';
import { withStatementCache } from './sqlite-statements.ts';

test('reuses a prepared statement for the same SQL, and prepares another while one is iterating', () => {
  const sqlite = new SQLite(':memory:');
  const db = withStatementCache(sqlite, 2);
  db.prepare('CREATE TABLE t (x)').run([]);
  db.prepare('INSERT INTO t VALUES (1), (2)').run([]);
  const a = db.prepare('SELECT x FROM t');
  assert.equal(db.prepare('SELECT x FROM t'), a);
  const rows = a.iterate([]);
  rows.next();
  const b = db.prepare('SELECT x FROM t');
  assert.notEqual(b, a, 'a busy statement is not handed out again');
  assert.deepEqual(b.all([]), [{ x: 1 }, { x: 2 }]);
  rows.return?.();
  db.prepare('SELECT 1');
  db.prepare('SELECT 2');
  assert.notEqual(db.prepare('SELECT x FROM t'), a, 'the least recently used statement was dropped');
  db.close();
});
