import { describe, expect, it } from 'vitest';
import { compareLeaves, revsToStem, sortedLeaves, type RevNode } from './rev-tree';

function tree(...nodes: Array<[string, string | null, boolean?]>): Map<string, RevNode> {
  const map = new Map<string, RevNode>();
  for (const [rev, parent, isDeleted] of nodes) map.set(rev, { rev, parent, isDeleted: isDeleted ?? false, isLeaf: true });
  for (const n of map.values()) if (n.parent) (map.get(n.parent) as RevNode).isLeaf = false;
  return map;
}

describe('CouchDB winning revision rule', () => {
  it.each([
    ['a live leaf beats a deleted one of higher generation', { rev: '2-a', isDeleted: false }, { rev: '3-z', isDeleted: true }],
    ['a higher generation wins', { rev: '3-a', isDeleted: false }, { rev: '2-z', isDeleted: false }],
    ['equal generations: the greater hash wins', { rev: '2-b', isDeleted: false }, { rev: '2-a', isDeleted: false }],
    ['generations compare as numbers, not strings', { rev: '10-a', isDeleted: false }, { rev: '9-z', isDeleted: false }],
  ])('%s', (_name, winner, loser) => {
    expect(compareLeaves(winner, loser)).toBeGreaterThan(0);
    expect(compareLeaves(loser, winner)).toBeLessThan(0);
  });

  it('is independent of insertion order', () => {
    const a = tree(['1-x', null], ['2-a', '1-x'], ['2-b', '1-x'], ['3-c', '2-a', true]);
    const b = new Map([...a.entries()].reverse());
    expect(sortedLeaves(a.values())[0]?.rev).toBe('2-b');
    expect(sortedLeaves(b.values())[0]?.rev).toBe('2-b');
  });
});

describe('stemming', () => {
  it('keeps the newest `limit` revisions of every branch', () => {
    const t = tree(['1-a', null], ['2-a', '1-a'], ['3-a', '2-a'], ['4-a', '3-a'], ['3-b', '2-a']);
    expect([...revsToStem(t, 2)]).toEqual(['1-a']);
    expect([...revsToStem(t, 1)].sort()).toEqual(['1-a', '2-a', '3-a']);
    expect([...revsToStem(t, 4)]).toEqual([]);
  });
});
