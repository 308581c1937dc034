// First start on a new data dir: the demo plant (site `demo`), so a newcomer can try every
// screen. Its master data comes from the shared domain code, exactly as the tablets read it.
import { buildDemoPlant, masterDocsFromPlant } from '../../../src/domain/index';
import { bodyText } from '../storage/doc-json';
import type { WriteInput } from '../storage/doc-writer';
import type { Store } from '../storage/store';

export interface SeedResult {
  dbs: string[];
  docCount: number;
  users: Array<{ name: string; role: string; badge: string }>;
}

export function seedDemoPlant(store: Store): SeedResult {
  const plant = buildDemoPlant();
  const site = plant.site.id;
  const dbs = [`${site}-events`, `${site}-master`, `${site}-state`];
  for (const name of dbs) store.createDb(name);
  const master = store.getDb(`${site}-master`);
  if (!master) throw new Error('seed: master database missing');
  const inputs: WriteInput[] = masterDocsFromPlant(plant).map((doc) => {
    const text = bodyText(doc);
    if ('badField' in text) throw new Error(`seed: bad field ${text.badField} in ${doc._id}`);
    return { id: doc._id, isDeleted: false, body: text.body };
  });
  // Idempotent: an existing doc is a per-doc conflict and stays as it is.
  const results = store.writeDocs(master, inputs, true);
  return {
    dbs,
    docCount: results.filter((r) => 'ok' in r).length,
    users: plant.users.filter((u) => u.active).map((u) => ({ name: u.name, role: u.role, badge: u.badge })),
  };
}

export function describeDemoLogins(seed: SeedResult, url: string): string {
  const lines = [`Demo plant seeded (${seed.dbs.join(', ')}; ${seed.docCount} master documents).`, `Open ${url} and badge in with:`];
  for (const u of seed.users) lines.push(`  ${u.role.padEnd(9)} ${u.name.padEnd(22)} badge ${u.badge}`);
  return lines.join('\n');
}
