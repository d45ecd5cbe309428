import { test } from 'node:test';
import assert from 'node:assert/strict';
import SQLite from 'better-sqlite3';
import { EACH_ROW, withStatementCache } from './sqlite-statements.ts';

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

test('runs a statement marked EACH_ROW once per row of its parameters, inside the open transaction', () => {
  const sqlite = new SQLite(':memory:');
  const db = withStatementCache(sqlite);
  db.prepare('CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)').run([]);
  const insert = db.prepare(`${EACH_ROW}INSERT INTO t (x) VALUES (?)`);
  assert.equal(insert.run([['a'], ['b'], ['c']]).changes, 3);
  const returning = db.prepare(`${EACH_ROW}INSERT INTO t (x) VALUES (?) RETURNING id, x`);
  assert.equal(returning.reader, true);
  assert.deepEqual(returning.all([['d'], ['e']]), [{ id: 4, x: 'd' }, { id: 5, x: 'e' }]);
  sqlite.exec('BEGIN');
  insert.run([['f']]);
  sqlite.exec('ROLLBACK');
  assert.deepEqual(db.prepare('SELECT x FROM t').all([]), ['a', 'b', 'c', 'd', 'e'].map((x) => ({ x })));
  db.close();
});
