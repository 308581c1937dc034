// Revision trees, CouchDB-style. A document's history is a forest of revisions ("N-hash"); each
// node knows its parent. The pure functions here decide leaves, the winner and stemming, so the
// SQL layer only loads and saves nodes.

export interface RevNode {
  rev: string;
  parent: string | null;
  isDeleted: boolean;
  isLeaf: boolean;
}

export interface LeafInfo {
  rev: string;
  isDeleted: boolean;
}

export function revGeneration(rev: string): number {
  const dash = rev.indexOf('-');
  return dash > 0 ? Number(rev.slice(0, dash)) : 0;
}

export function revHash(rev: string): string {
  return rev.slice(rev.indexOf('-') + 1);
}

export function isValidRev(rev: unknown): rev is string {
  return typeof rev === 'string' && /^[1-9][0-9]{0,15}-[0-9a-zA-Z]+$/.test(rev);
}

/**
 * CouchDB's deterministic ordering: a live leaf beats a deleted one, then the higher generation,
 * then the greater hash (plain string comparison). Every peer picks the same winner from the
 * same tree, so replicas converge without talking to each other.
 * Returns > 0 when a wins.
 */
export function compareLeaves(a: LeafInfo, b: LeafInfo): number {
  if (a.isDeleted !== b.isDeleted) return a.isDeleted ? -1 : 1;
  const genDiff = revGeneration(a.rev) - revGeneration(b.rev);
  if (genDiff !== 0) return genDiff;
  const ha = revHash(a.rev);
  const hb = revHash(b.rev);
  return ha === hb ? 0 : ha > hb ? 1 : -1;
}

/** Leaves sorted best first: element 0 is the winning revision. */
export function sortedLeaves(nodes: Iterable<RevNode>): LeafInfo[] {
  const leaves: LeafInfo[] = [];
  for (const n of nodes) if (n.isLeaf) leaves.push({ rev: n.rev, isDeleted: n.isDeleted });
  return leaves.sort((a, b) => compareLeaves(b, a));
}

/** The ancestry of a revision, newest first, as far as the (possibly stemmed) tree knows it. */
export function ancestry(tree: ReadonlyMap<string, RevNode>, rev: string): string[] {
  const path: string[] = [];
  let cur: string | null = rev;
  while (cur !== null) {
    path.push(cur);
    cur = tree.get(cur)?.parent ?? null;
    if (path.length > 100_000) break; // a corrupt cycle must not hang the server
  }
  return path;
}

/** CouchDB's `_revisions` object for a revision. */
export function revisionsObject(tree: ReadonlyMap<string, RevNode>, rev: string): { start: number; ids: string[] } {
  const path = ancestry(tree, rev);
  return { start: revGeneration(rev), ids: path.map(revHash) };
}

/** Leaves that descend from `rev` (for `latest=true`); the rev itself when it is a leaf. */
export function leavesFrom(tree: ReadonlyMap<string, RevNode>, rev: string): string[] {
  const node = tree.get(rev);
  if (!node) return [];
  if (node.isLeaf) return [rev];
  const result: string[] = [];
  for (const n of tree.values()) {
    if (n.isLeaf && ancestry(tree, n.rev).includes(rev)) result.push(n.rev);
  }
  return result;
}

/**
 * Stemming keeps only the newest `limit` revisions on every branch. Returns the revisions to
 * drop; the caller also clears `parent` on nodes whose parent was dropped.
 */
export function revsToStem(tree: ReadonlyMap<string, RevNode>, limit: number): Set<string> {
  const keep = new Set<string>();
  for (const n of tree.values()) {
    if (!n.isLeaf) continue;
    const path = ancestry(tree, n.rev);
    for (let i = 0; i < path.length && i < limit; i++) keep.add(path[i] as string);
  }
  const drop = new Set<string>();
  for (const rev of tree.keys()) if (!keep.has(rev)) drop.add(rev);
  return drop;
}
