// Builds document responses with the optional revision metadata CouchDB offers.
import { notFound } from '../errors';
import { docJson } from '../storage/doc-json';
import { ancestry, revisionsObject, type RevNode } from '../storage/rev-tree';
import type { DocSummary } from '../storage/doc-reader';
import type { DbInfo, Store } from '../storage/store';

export interface DocOptions {
  isRevs: boolean;
  isRevsInfo: boolean;
  isConflicts: boolean;
  isDeletedConflicts: boolean;
}

export const NO_DOC_OPTIONS: DocOptions = { isRevs: false, isRevsInfo: false, isConflicts: false, isDeletedConflicts: false };

/** `_conflicts` / `_deleted_conflicts` from the sorted leaves (winner excluded). */
export function conflictFields(summary: DocSummary, opts: DocOptions): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  const losers = summary.leaves.slice(1);
  if (opts.isConflicts) {
    const live = losers.filter((l) => !l.isDeleted).map((l) => l.rev);
    if (live.length > 0) extra._conflicts = live;
  }
  if (opts.isDeletedConflicts) {
    const dead = losers.filter((l) => l.isDeleted).map((l) => l.rev);
    if (dead.length > 0) extra._deleted_conflicts = dead;
  }
  return extra;
}

function treeFields(tree: ReadonlyMap<string, RevNode>, rev: string, opts: DocOptions, store: Store, db: DbInfo, id: string): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  if (opts.isRevs) extra._revisions = revisionsObject(tree, rev);
  if (opts.isRevsInfo) {
    extra._revs_info = ancestry(tree, rev).map((r) => {
      const node = tree.get(r);
      const stored = store.reader.revision(db, id, r);
      const status = node?.isDeleted ? 'deleted' : stored && stored.body !== null ? 'available' : 'missing';
      return { rev: r, status };
    });
  }
  return extra;
}

/** One revision as JSON text, or undefined when its body is not available. */
export function revisionJson(store: Store, db: DbInfo, id: string, rev: string, opts: DocOptions, summary?: DocSummary): string | undefined {
  const stored = store.reader.revision(db, id, rev);
  if (!stored || stored.body === null) return undefined;
  const needsTree = opts.isRevs || opts.isRevsInfo;
  const tree = needsTree ? store.reader.revTree(db, id) : undefined;
  const extra = {
    ...(tree ? treeFields(tree, rev, opts, store, db, id) : {}),
    ...(summary && summary.rev === rev ? conflictFields(summary, opts) : {}),
  };
  return docJson(id, rev, stored.isDeleted, stored.body, extra);
}

/** GET /db/id semantics: the winner (404 "deleted" for a tombstone) or a named revision. */
export function readDoc(store: Store, db: DbInfo, id: string, rev: string | undefined, opts: DocOptions): string {
  const summary = store.reader.summary(db, id, false);
  if (!summary) throw notFound('missing');
  if (rev === undefined) {
    if (summary.isDeleted) throw notFound('deleted');
    const json = revisionJson(store, db, id, summary.rev, opts, summary);
    if (json === undefined) throw notFound('missing');
    return json;
  }
  const json = revisionJson(store, db, id, rev, opts, summary);
  if (json === undefined) throw notFound('missing');
  return json;
}
