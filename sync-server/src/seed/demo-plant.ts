// First start on a new data dir: create the demo site's databases. (Master documents: see below.)
import type { Store } from '../storage/store';

export interface SeedResult {
  dbs: string[];
  users: Array<{ name: string; role: string; badge: string }>;
}

export const DEMO_DBS = ['demo-events', 'demo-master', 'demo-state'] as const;

export function seedDemoPlant(store: Store): SeedResult {
  for (const name of DEMO_DBS) store.createDb(name);
  return { dbs: [...DEMO_DBS], users: [] };
}

export function describeDemoLogins(seed: SeedResult, url: string): string {
  const lines = [`Demo plant seeded (${seed.dbs.join(', ')}). Open ${url} and badge in with:`];
  for (const u of seed.users) lines.push(`  ${u.role.padEnd(8)} ${u.name.padEnd(24)} badge ${u.badge}`);
  return lines.join('\n');
}
