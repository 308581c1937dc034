// Read side of the store: winners, trees, bodies, the changes index and the id index.
import type Database from 'better-sqlite3';
import type { LeafInfo, RevNode } from './rev-tree';
import type { DbInfo } from './store';

export interface DocSummary {
  id: string;
  seq: number;
  rev: string;
  isDeleted: boolean;
  /** Best first; element 0 is the winner. */
  leaves: LeafInfo[];
  /** Winner's body when asked for (null if compacted away or not requested). */
  body: string | null;
}

interface SummaryRow {
  id: string;
  seq: number;
  rev: string;
  deleted: number;
  leaves: string;
  body?: string | null;
}

/** A document's revision tree with the bodies of its leaves (and of one asked-for revision). */
export interface LoadedTree {
  tree: Map<string, RevNode>;
  /** rev → body (null: compacted or never received). Only leaves and the asked-for rev. */
  bodies: Map<string, string | null>;
}

export interface RangeQuery {
  startkey?: string | undefined;
  endkey?: string | undefined;
  isInclusiveEnd: boolean;
  isDescending: boolean;
  limit: number;
  skip: number;
  withBodies: boolean;
}

function toSummary(row: SummaryRow): DocSummary {
  const leaves = (JSON.parse(row.leaves) as Array<[string, number]>).map(([rev, d]) => ({ rev, isDeleted: d === 1 }));
  return { id: row.id, seq: row.seq, rev: row.rev, isDeleted: row.deleted === 1, leaves, body: row.body ?? null };
}

const SUMMARY = 'd.id, d.seq, d.rev, d.deleted, d.leaves';
const WITH_BODY = `${SUMMARY}, r.body FROM docs d LEFT JOIN revs r ON r.db = d.db AND r.id = d.id AND r.rev = d.rev`;

export class DocReader {
  private readonly sql: Database.Database;
  private readonly one: Database.Statement<[number, string], SummaryRow>;
  private readonly oneWithBody: Database.Statement<[number, string], SummaryRow>;
  private readonly tree: Database.Statement<[number, string], { rev: string; parent: string | null; deleted: number; leaf: number }>;
  private readonly revBody: Database.Statement<[number, string, string], { body: string | null; deleted: number }>;
  private readonly changesAsc: Database.Statement<[number, number, number], SummaryRow>;
  private readonly changesAscBody: Database.Statement<[number, number, number], SummaryRow>;
  private readonly changesDesc: Database.Statement<[number, number, number], SummaryRow>;
  private readonly changesDescBody: Database.Statement<[number, number, number], SummaryRow>;
  private readonly pendingCount: Database.Statement<[number, number], { n: number }>;
  private readonly manyById: Database.Statement<[string, number], SummaryRow>;
  private readonly manyByIdWithBody: Database.Statement<[string, number], SummaryRow>;
  private readonly manyTrees: Database.Statement<[string, number], { id: string; rev: string; parent: string | null; deleted: number; leaf: number }>;
  private readonly treeBodies: Database.Statement<
    [string, number, string],
    { rev: string; parent: string | null; deleted: number; leaf: number; body: string | null }
  >;

  constructor(sql: Database.Database) {
    this.sql = sql;
    this.one = sql.prepare(`SELECT ${SUMMARY} FROM docs d WHERE d.db = ? AND d.id = ?`);
    this.oneWithBody = sql.prepare(`SELECT ${WITH_BODY} WHERE d.db = ? AND d.id = ?`);
    this.tree = sql.prepare('SELECT rev, parent, deleted, leaf FROM revs WHERE db = ? AND id = ?');
    this.revBody = sql.prepare('SELECT body, deleted FROM revs WHERE db = ? AND id = ? AND rev = ?');
    this.changesAsc = sql.prepare(`SELECT ${SUMMARY} FROM docs d WHERE d.db = ? AND d.seq > ? ORDER BY d.seq LIMIT ?`);
    this.changesAscBody = sql.prepare(`SELECT ${WITH_BODY} WHERE d.db = ? AND d.seq > ? ORDER BY d.seq LIMIT ?`);
    this.changesDesc = sql.prepare(`SELECT ${SUMMARY} FROM docs d WHERE d.db = ? AND d.seq < ? ORDER BY d.seq DESC LIMIT ?`);
    this.changesDescBody = sql.prepare(`SELECT ${WITH_BODY} WHERE d.db = ? AND d.seq < ? ORDER BY d.seq DESC LIMIT ?`);
    this.pendingCount = sql.prepare('SELECT COUNT(*) AS n FROM docs WHERE db = ? AND seq > ?');
    // Many ids in one statement: the ids go in as one JSON array, read back with json_each.
    // CROSS JOIN pins the join order (json_each outer, a primary-key lookup per id); with a
    // plain JOIN the planner scans every doc of the database instead.
    const many = 'FROM json_each(?) k CROSS JOIN docs d ON d.db = ? AND d.id = k.value';
    this.manyById = sql.prepare(`SELECT ${SUMMARY} ${many}`);
    this.manyByIdWithBody = sql.prepare(
      `SELECT ${SUMMARY}, r.body ${many} LEFT JOIN revs r ON r.db = d.db AND r.id = d.id AND r.rev = d.rev`,
    );
    this.manyTrees = sql.prepare(
      'SELECT r.id, r.rev, r.parent, r.deleted, r.leaf FROM json_each(?) k CROSS JOIN revs r ON r.db = ? AND r.id = k.value',
    );
    this.treeBodies = sql.prepare(
      'SELECT rev, parent, deleted, leaf, CASE WHEN leaf = 1 OR rev = ? THEN body END AS body FROM revs WHERE db = ? AND id = ?',
    );
  }

  summary(db: DbInfo, id: string, withBody: boolean): DocSummary | undefined {
    const row = (withBody ? this.oneWithBody : this.one).get(db.id, id);
    return row ? toSummary(row) : undefined;
  }

  revTree(db: DbInfo, id: string): Map<string, RevNode> {
    const tree = new Map<string, RevNode>();
    for (const r of this.tree.all(db.id, id)) {
      tree.set(r.rev, { rev: r.rev, parent: r.parent, isDeleted: r.deleted === 1, isLeaf: r.leaf === 1 });
    }
    return tree;
  }

  /** The revision trees of many documents in one query (for `_revs_diff`); unknown ids are absent. */
  revTrees(db: DbInfo, ids: readonly string[]): Map<string, Map<string, RevNode>> {
    const out = new Map<string, Map<string, RevNode>>();
    if (ids.length === 0) return out;
    for (const r of this.manyTrees.all(JSON.stringify([...new Set(ids)]), db.id)) {
      let tree = out.get(r.id);
      if (!tree) {
        tree = new Map();
        out.set(r.id, tree);
      }
      tree.set(r.rev, { rev: r.rev, parent: r.parent, isDeleted: r.deleted === 1, isLeaf: r.leaf === 1 });
    }
    return out;
  }

  /** Summaries of many documents by id in one query (for `_all_docs` with `keys`). */
  summaries(db: DbInfo, ids: readonly string[], withBody: boolean): Map<string, DocSummary> {
    const out = new Map<string, DocSummary>();
    if (ids.length === 0) return out;
    for (const row of (withBody ? this.manyByIdWithBody : this.manyById).all(JSON.stringify(ids), db.id)) {
      out.set(row.id, toSummary(row));
    }
    return out;
  }

  /**
   * The tree and the leaves' bodies (plus `rev`'s) in one query: what _bulk_get, open_revs and
   * _revs_diff need per document, instead of a summary, a tree and a body query each.
   * An empty tree means the document does not exist.
   */
  loadTree(db: DbInfo, id: string, rev = ''): LoadedTree {
    const tree = new Map<string, RevNode>();
    const bodies = new Map<string, string | null>();
    for (const r of this.treeBodies.all(rev, db.id, id)) {
      tree.set(r.rev, { rev: r.rev, parent: r.parent, isDeleted: r.deleted === 1, isLeaf: r.leaf === 1 });
      if (r.leaf === 1 || r.rev === rev) bodies.set(r.rev, r.body);
    }
    return { tree, bodies };
  }

  /** undefined: the revision is not in the tree; body null: known but its body is gone. */
  revision(db: DbInfo, id: string, rev: string): { body: string | null; isDeleted: boolean } | undefined {
    const row = this.revBody.get(db.id, id, rev);
    return row ? { body: row.body, isDeleted: row.deleted === 1 } : undefined;
  }

  /** One page of the changes index (each doc once, at its latest seq). */
  changes(db: DbInfo, since: number, limit: number, isDescending: boolean, withBodies: boolean): DocSummary[] {
    const stmt = isDescending
      ? withBodies ? this.changesDescBody : this.changesDesc
      : withBodies ? this.changesAscBody : this.changesAsc;
    return stmt.all(db.id, since, limit).map(toSummary);
  }

  pending(db: DbInfo, since: number): number {
    return this.pendingCount.get(db.id, since)?.n ?? 0;
  }

  /** Live documents by id range (for _all_docs without keys). */
  range(db: DbInfo, q: RangeQuery): DocSummary[] {
    const where = ['d.db = ?', 'd.deleted = 0'];
    const params: Array<string | number> = [db.id];
    const [lo, hi] = q.isDescending ? [q.endkey, q.startkey] : [q.startkey, q.endkey];
    const loInclusive = q.isDescending ? q.isInclusiveEnd : true;
    const hiInclusive = q.isDescending ? true : q.isInclusiveEnd;
    if (lo !== undefined) {
      where.push(`d.id ${loInclusive ? '>=' : '>'} ?`);
      params.push(lo);
    }
    if (hi !== undefined) {
      where.push(`d.id ${hiInclusive ? '<=' : '<'} ?`);
      params.push(hi);
    }
    const from = q.withBodies ? WITH_BODY : `${SUMMARY} FROM docs d`;
    const order = q.isDescending ? 'DESC' : 'ASC';
    const rows = this.sql
      .prepare(`SELECT ${from} WHERE ${where.join(' AND ')} ORDER BY d.id ${order} LIMIT ? OFFSET ?`)
      .all(...params, q.limit, q.skip) as SummaryRow[];
    return rows.map(toSummary);
  }

  /** Number of live docs sorting before `key` (CouchDB's `offset`). */
  offsetBefore(db: DbInfo, key: string | undefined, isDescending: boolean): number {
    if (key === undefined) return 0;
    const op = isDescending ? '>' : '<';
    const row = this.sql.prepare(`SELECT COUNT(*) AS n FROM docs WHERE db = ? AND deleted = 0 AND id ${op} ?`).get(db.id, key) as
      | { n: number }
      | undefined;
    return row?.n ?? 0;
  }
}
