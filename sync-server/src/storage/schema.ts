// One SQLite file per server (not per database): a plant has a handful of databases, one WAL
// means one fsync per acknowledged batch whatever the database, creating/deleting a database is a
// transaction, and backup is one file. The sequence is global across databases, so a database
// that is deleted and re-created never hands out a seq a client has already checkpointed.
import type Database from 'better-sqlite3';

export const SCHEMA_VERSION = 1;

export function migrate(sql: Database.Database): void {
  sql.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS dbs (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL UNIQUE,
      created_at INTEGER NOT NULL,
      update_seq INTEGER NOT NULL DEFAULT 0,
      doc_count INTEGER NOT NULL DEFAULT 0,
      doc_del_count INTEGER NOT NULL DEFAULT 0,
      revs_limit INTEGER NOT NULL DEFAULT 1000,
      security TEXT NOT NULL DEFAULT '{}'
    );
    -- One row per document: its winner and leaves, and the seq of its latest change.
    CREATE TABLE IF NOT EXISTS docs (
      db INTEGER NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, rev TEXT NOT NULL,
      deleted INTEGER NOT NULL, leaves TEXT NOT NULL,
      PRIMARY KEY (db, id)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX IF NOT EXISTS docs_by_seq ON docs (db, seq);
    -- The revision tree: one row per known revision; body is NULL when unknown or compacted.
    CREATE TABLE IF NOT EXISTS revs (
      db INTEGER NOT NULL, id TEXT NOT NULL, rev TEXT NOT NULL, parent TEXT,
      deleted INTEGER NOT NULL, leaf INTEGER NOT NULL, body TEXT,
      PRIMARY KEY (db, id, rev)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS local_docs (
      db INTEGER NOT NULL, id TEXT NOT NULL, rev TEXT NOT NULL, body TEXT NOT NULL,
      PRIMARY KEY (db, id)
    ) WITHOUT ROWID;
  `);
  sql.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)`).run(String(SCHEMA_VERSION));
  sql.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('seq', '0')`).run();
}
