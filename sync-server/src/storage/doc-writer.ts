// Applies document writes to the revision tree: MVCC edits (new_edits=true) and replicated
// revisions grafted with their history (new_edits=false).
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { revGeneration, revsToStem, sortedLeaves, type LeafInfo, type RevNode } from './rev-tree';
import type { DbInfo } from './store';

export interface WriteInput {
  id: string;
  /** `_rev` as sent; for new_edits=false the revision being stored. */
  rev?: string | undefined;
  isDeleted: boolean;
  body: string;
  /** new_edits=false: ancestry newest first, as full revs (from `_revisions`). */
  history?: string[] | undefined;
}

export type ConflictResult = { id: string; error: 'conflict'; reason: string };
export type WriteResult = { ok: true; id: string; rev: string } | ConflictResult;

interface DocRow {
  seq: number;
  rev: string;
  deleted: number;
  leaves: string;
}

const CONFLICT = 'Document update conflict.';

export class DocWriter {
  private readonly selectDoc: Database.Statement<[number, string], DocRow>;
  private readonly selectTree: Database.Statement<[number, string], { rev: string; parent: string | null; deleted: number; leaf: number }>;
  private readonly insertRev: Database.Statement;
  private readonly updateRev: Database.Statement;
  private readonly deleteRev: Database.Statement;
  private readonly upsertDoc: Database.Statement;
  private readonly updateDb: Database.Statement;

  constructor(sql: Database.Database) {
    this.selectDoc = sql.prepare('SELECT seq, rev, deleted, leaves FROM docs WHERE db = ? AND id = ?');
    this.selectTree = sql.prepare('SELECT rev, parent, deleted, leaf FROM revs WHERE db = ? AND id = ?');
    this.insertRev = sql.prepare('INSERT INTO revs (db, id, rev, parent, deleted, leaf, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.updateRev = sql.prepare('UPDATE revs SET parent = ?, leaf = ? WHERE db = ? AND id = ? AND rev = ?');
    this.deleteRev = sql.prepare('DELETE FROM revs WHERE db = ? AND id = ? AND rev = ?');
    this.upsertDoc = sql.prepare(
      `INSERT INTO docs (db, id, seq, rev, deleted, leaves) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(db, id) DO UPDATE SET seq = excluded.seq, rev = excluded.rev, deleted = excluded.deleted, leaves = excluded.leaves`,
    );
    this.updateDb = sql.prepare(
      'UPDATE dbs SET update_seq = ?, doc_count = doc_count + ?, doc_del_count = doc_del_count + ? WHERE id = ?',
    );
  }

  writeBatch(db: DbInfo, docs: WriteInput[], isNewEdits: boolean, nextSeq: () => number): WriteResult[] {
    const results: WriteResult[] = [];
    let docDelta = 0;
    let delDelta = 0;
    let lastSeq = 0;
    for (const doc of docs) {
      const before = this.selectDoc.get(db.id, doc.id);
      const tree = this.loadTree(db, doc.id, before !== undefined);
      const outcome = isNewEdits ? this.edit(db, doc, tree) : this.graft(db, doc, tree);
      if ('error' in outcome) {
        results.push(outcome);
        continue;
      }
      results.push({ ok: true, id: doc.id, rev: outcome.rev });
      if (!outcome.isChanged) continue;
      this.stem(db, doc.id, tree, db.revsLimit);
      const leaves = sortedLeaves(tree.values());
      const winner = leaves[0] as LeafInfo;
      lastSeq = nextSeq();
      this.upsertDoc.run(db.id, doc.id, lastSeq, winner.rev, winner.isDeleted ? 1 : 0, JSON.stringify(leaves.map(leafTuple)));
      const wasLive = before !== undefined && before.deleted === 0;
      const wasDeleted = before !== undefined && before.deleted === 1;
      docDelta += (winner.isDeleted ? 0 : 1) - (wasLive ? 1 : 0);
      delDelta += (winner.isDeleted ? 1 : 0) - (wasDeleted ? 1 : 0);
    }
    if (lastSeq > 0) this.updateDb.run(lastSeq, docDelta, delDelta, db.id);
    return results;
  }

  private loadTree(db: DbInfo, id: string, exists: boolean): Map<string, RevNode> {
    const tree = new Map<string, RevNode>();
    if (!exists) return tree;
    for (const r of this.selectTree.all(db.id, id)) {
      tree.set(r.rev, { rev: r.rev, parent: r.parent, isDeleted: r.deleted === 1, isLeaf: r.leaf === 1 });
    }
    return tree;
  }

  /** MVCC: the edit must name a current leaf (or create / resurrect the doc). */
  private edit(db: DbInfo, doc: WriteInput, tree: Map<string, RevNode>): { rev: string; isChanged: boolean } | ConflictResult {
    let parent: RevNode | undefined;
    if (doc.rev === undefined) {
      const winner = sortedLeaves(tree.values())[0];
      // A new doc over a tombstone continues the deleted branch, as CouchDB does.
      if (winner && !winner.isDeleted) return { id: doc.id, error: 'conflict', reason: CONFLICT };
      parent = winner ? tree.get(winner.rev) : undefined;
    } else {
      parent = tree.get(doc.rev);
      if (!parent || !parent.isLeaf) return { id: doc.id, error: 'conflict', reason: CONFLICT };
    }
    const generation = parent ? revGeneration(parent.rev) + 1 : 1;
    // Deterministic hash: two peers making the same edit produce the same revision.
    const hash = createHash('md5')
      .update(JSON.stringify([doc.isDeleted, parent?.rev ?? null, doc.body]))
      .digest('hex');
    const rev = `${generation}-${hash}`;
    if (tree.has(rev)) return { rev, isChanged: false };
    if (parent) {
      parent.isLeaf = false;
      this.updateRev.run(parent.parent, 0, db.id, doc.id, parent.rev);
    }
    tree.set(rev, { rev, parent: parent?.rev ?? null, isDeleted: doc.isDeleted, isLeaf: true });
    this.insertRev.run(db.id, doc.id, rev, parent?.rev ?? null, doc.isDeleted ? 1 : 0, 1, doc.body);
    return { rev, isChanged: true };
  }

  /** Replication: store the revision with its ancestry; an existing revision is a no-op. */
  private graft(db: DbInfo, doc: WriteInput, tree: Map<string, RevNode>): { rev: string; isChanged: boolean } {
    const path = doc.history && doc.history.length > 0 ? doc.history : [doc.rev as string];
    const rev = path[0] as string;
    if (tree.has(rev)) return { rev, isChanged: false };
    for (let i = 0; i < path.length; i++) {
      const cur = path[i] as string;
      const parent = path[i + 1] ?? null;
      const existing = tree.get(cur);
      if (existing) {
        // Reached known history: link it and stop. It is no longer a leaf.
        const newParent = existing.parent ?? parent;
        existing.isLeaf = false;
        existing.parent = newParent;
        this.updateRev.run(newParent, 0, db.id, doc.id, cur);
        break;
      }
      const isLeaf = i === 0;
      tree.set(cur, { rev: cur, parent, isDeleted: isLeaf && doc.isDeleted, isLeaf });
      this.insertRev.run(db.id, doc.id, cur, parent, isLeaf && doc.isDeleted ? 1 : 0, isLeaf ? 1 : 0, isLeaf ? doc.body : null);
    }
    return { rev, isChanged: true };
  }

  private stem(db: DbInfo, id: string, tree: Map<string, RevNode>, limit: number): void {
    if (tree.size <= limit) return;
    const drop = revsToStem(tree, limit);
    for (const rev of drop) {
      tree.delete(rev);
      this.deleteRev.run(db.id, id, rev);
    }
    for (const node of tree.values()) {
      if (node.parent !== null && drop.has(node.parent)) {
        node.parent = null;
        this.updateRev.run(null, node.isLeaf ? 1 : 0, db.id, id, node.rev);
      }
    }
  }
}

/** Compact leaf encoding stored in docs.leaves: [rev, deleted?1:0]. */
function leafTuple(leaf: LeafInfo): [string, number] {
  return [leaf.rev, leaf.isDeleted ? 1 : 0];
}
