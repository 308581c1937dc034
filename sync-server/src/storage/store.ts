// The storage engine behind /couch: better-sqlite3 in WAL mode with synchronous=FULL, so a
// commit returns only once the WAL is fsynced — an acknowledged write survives kill -9 and power
// loss. Calls are synchronous: a batch is one transaction and nothing interleaves with it.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { migrate } from './schema';
import { DocWriter, type WriteInput, type WriteResult } from './doc-writer';
import { DocReader } from './doc-reader';

export interface DbInfo {
  id: number;
  name: string;
  createdAt: number;
  updateSeq: number;
  docCount: number;
  docDelCount: number;
  revsLimit: number;
}

interface DbRow {
  id: number;
  name: string;
  created_at: number;
  update_seq: number;
  doc_count: number;
  doc_del_count: number;
  revs_limit: number;
}

export interface LocalDoc {
  rev: string;
  body: string;
}

export class Store {
  readonly uuid: string;
  readonly path: string;
  /** 'change' (dbName: string, seq: number) after each commit; feeds listen to it. */
  readonly events = new EventEmitter();
  readonly reader: DocReader;
  private readonly sql: Database.Database;
  private readonly writer: DocWriter;
  private seq: number;
  private isClosed = false;
  /** Statements prepared once: preparing costs more than running these small queries. */
  private readonly stmts: {
    getDb: Database.Statement<[string], DbRow>;
    setSeq: Database.Statement<[string]>;
    getLocal: Database.Statement<[number, string], LocalDoc>;
    putLocal: Database.Statement<[number, string, string, string]>;
    deleteLocal: Database.Statement<[number, string]>;
  };

  constructor(path: string) {
    this.path = path;
    this.sql = new Database(path);
    this.sql.pragma('journal_mode = WAL');
    this.sql.pragma('synchronous = FULL');
    this.sql.pragma('foreign_keys = OFF');
    this.sql.pragma('busy_timeout = 5000');
    migrate(this.sql);
    this.events.setMaxListeners(0); // hundreds of longpoll clients is the normal case
    this.uuid = this.metaGet('uuid') ?? this.metaInit('uuid', randomUUID().replace(/-/g, ''));
    this.seq = Number(this.metaGet('seq') ?? '0');
    this.writer = new DocWriter(this.sql);
    this.reader = new DocReader(this.sql);
    this.stmts = {
      getDb: this.sql.prepare('SELECT * FROM dbs WHERE name = ?'),
      setSeq: this.sql.prepare(`UPDATE meta SET value = ? WHERE key = 'seq'`),
      getLocal: this.sql.prepare('SELECT rev, body FROM local_docs WHERE db = ? AND id = ?'),
      putLocal: this.sql.prepare(
        'INSERT INTO local_docs (db, id, rev, body) VALUES (?, ?, ?, ?) ON CONFLICT(db, id) DO UPDATE SET rev = excluded.rev, body = excluded.body',
      ),
      deleteLocal: this.sql.prepare('DELETE FROM local_docs WHERE db = ? AND id = ?'),
    };
  }

  get updateSeq(): number {
    return this.seq;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.events.emit('close');
    this.sql.pragma('wal_checkpoint(TRUNCATE)');
    this.sql.close();
  }

  /** Size of the database file plus its WAL, for /metrics. */
  fileSizeBytes(): number {
    const pageCount = this.sql.pragma('page_count', { simple: true }) as number;
    const pageSize = this.sql.pragma('page_size', { simple: true }) as number;
    return pageCount * pageSize;
  }

  private metaGet(key: string): string | undefined {
    const row = this.sql.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  private metaInit(key: string, value: string): string {
    this.sql.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(key, value);
    return this.metaGet(key) ?? value;
  }

  listDbs(): string[] {
    return (this.sql.prepare('SELECT name FROM dbs ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
  }

  getDb(name: string): DbInfo | undefined {
    const row = this.stmts.getDb.get(name);
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      createdAt: row.created_at,
      updateSeq: row.update_seq,
      docCount: row.doc_count,
      docDelCount: row.doc_del_count,
      revsLimit: row.revs_limit,
    };
  }

  /** Returns false when the database already exists. */
  createDb(name: string): boolean {
    const result = this.sql
      .prepare('INSERT OR IGNORE INTO dbs (name, created_at) VALUES (?, ?)')
      .run(name, Date.now() * 1000);
    return result.changes === 1;
  }

  deleteDb(name: string): boolean {
    const db = this.getDb(name);
    if (!db) return false;
    this.sql.transaction(() => {
      for (const table of ['docs', 'revs', 'local_docs']) this.sql.prepare(`DELETE FROM ${table} WHERE db = ?`).run(db.id);
      this.sql.prepare('DELETE FROM dbs WHERE id = ?').run(db.id);
    })();
    this.events.emit('deleted', name);
    return true;
  }

  setRevsLimit(db: DbInfo, limit: number): void {
    this.sql.prepare('UPDATE dbs SET revs_limit = ? WHERE id = ?').run(limit, db.id);
  }

  getSecurity(db: DbInfo): string {
    const row = this.sql.prepare('SELECT security FROM dbs WHERE id = ?').get(db.id) as { security: string } | undefined;
    return row?.security ?? '{}';
  }

  setSecurity(db: DbInfo, json: string): void {
    this.sql.prepare('UPDATE dbs SET security = ? WHERE id = ?').run(json, db.id);
  }

  /**
   * Writes a batch in one transaction (one fsync). Per-document outcomes (conflicts) are in the
   * result; an exception rolls the whole batch back.
   */
  writeDocs(db: DbInfo, docs: WriteInput[], isNewEdits: boolean): WriteResult[] {
    let seq = this.seq;
    const results = this.sql.transaction(() => {
      const out = this.writer.writeBatch(db, docs, isNewEdits, () => ++seq);
      if (seq !== this.seq) {
        this.stmts.setSeq.run(String(seq));
      }
      return out;
    })();
    if (seq !== this.seq) {
      this.seq = seq;
      this.events.emit('change', db.name, seq);
    }
    return results;
  }

  /** Drops the bodies of non-leaf revisions; the tree itself stays for replication. */
  compact(db: DbInfo): number {
    const result = this.sql
      .prepare('UPDATE revs SET body = NULL WHERE db = ? AND leaf = 0 AND body IS NOT NULL')
      .run(db.id);
    return result.changes;
  }

  getLocal(db: DbInfo, id: string): LocalDoc | undefined {
    return this.stmts.getLocal.get(db.id, id);
  }

  /** `_local` docs are not replicated and have no tree: their rev is "0-N". */
  putLocal(db: DbInfo, id: string, expectedRev: string | undefined, body: string): { rev: string } | 'conflict' {
    return this.sql.transaction(() => {
      const current = this.getLocal(db, id);
      if (current && expectedRev !== undefined && current.rev !== expectedRev) return 'conflict' as const;
      // A write without a rev overwrites (as PouchDB-server does): checkpoints must not wedge.
      const next = current ? Number(current.rev.slice(2)) + 1 : 1;
      const rev = `0-${next}`;
      this.stmts.putLocal.run(db.id, id, rev, body);
      return { rev };
    })();
  }

  deleteLocal(db: DbInfo, id: string): boolean {
    return this.stmts.deleteLocal.run(db.id, id).changes === 1;
  }
}
