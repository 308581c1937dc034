import type {
  AndonReason,
  EscalationLadder,
  HourlyPlan,
  KanbanCard,
  KanbanLoop,
  Line,
  Location,
  MasterData,
  Part,
  Shift,
  SiteSettings,
  Station,
  User,
} from './types';

export type MasterKind =
  | 'part'
  | 'line'
  | 'station'
  | 'location'
  | 'loop'
  | 'card'
  | 'user'
  | 'shift'
  | 'plan'
  | 'andon-reason'
  | 'ladder'
  | 'site-settings';

/** Which MasterData array each document kind lives in. */
export const masterCollections = {
  part: 'parts',
  line: 'lines',
  station: 'stations',
  location: 'locations',
  loop: 'loops',
  card: 'cards',
  user: 'users',
  shift: 'shifts',
  plan: 'plans',
  'andon-reason': 'andonReasons',
  ladder: 'escalationLadders',
} as const satisfies Record<Exclude<MasterKind, 'site-settings'>, keyof MasterData>;

type EntityOf = {
  part: Part;
  line: Line;
  station: Station;
  location: Location;
  loop: KanbanLoop;
  card: KanbanCard;
  user: User;
  shift: Shift;
  plan: HourlyPlan;
  'andon-reason': AndonReason;
  ladder: EscalationLadder;
};

/**
 * Locations, andon reasons and ladders have their own `kind` field, which would collide with the
 * document's `kind`; in documents it is stored as `locationKind` / `andonKind`.
 */
const ownKindField: Partial<Record<MasterKind, string>> = { location: 'locationKind', 'andon-reason': 'andonKind', ladder: 'andonKind' };

function toDoc(kind: keyof EntityOf, entity: { id: string } & object): MasterDoc {
  const field = ownKindField[kind];
  const { kind: own, ...rest } = entity as { kind?: unknown };
  const body = field && own !== undefined ? { ...rest, [field]: own } : entity;
  return { ...body, _id: masterDocId(kind, entity.id), kind } as unknown as MasterDoc;
}

function fromDoc(kind: string, entity: Record<string, unknown>): Record<string, unknown> {
  const field = ownKindField[kind as MasterKind];
  if (!field || !(field in entity)) return entity;
  const { [field]: own, ...rest } = entity;
  return { ...rest, kind: own };
}

export type SiteSettingsDoc = { _id: string; kind: 'site-settings'; id: string; name: string; timeZone: string; settings?: SiteSettings };

/** A stored master document: `_id` = `<kind>:<id>`, `kind` = document kind, then the entity's fields. */
export type MasterDoc = { _id: string; kind: MasterKind; id: string } & Record<string, unknown>;

export const masterDocId = (kind: MasterKind, id: string): string => `${kind}:${id}`;

const entityKinds = Object.keys(masterCollections) as (keyof EntityOf)[];

/** One document per entity, `_id` = `<kind>:<id>`, as stored in `<site>-master`. */
export function masterDocsFromPlant(plant: MasterData): MasterDoc[] {
  const { site, settings } = plant;
  const docs: MasterDoc[] = [
    { _id: masterDocId('site-settings', site.id), kind: 'site-settings', ...site, ...(settings ? { settings } : {}) },
  ];
  for (const kind of entityKinds) {
    const entities = plant[masterCollections[kind]] as EntityOf[typeof kind][];
    for (const entity of entities) docs.push(toDoc(kind, entity));
  }
  return docs;
}

const stripDocFields = (doc: Record<string, unknown>): Record<string, unknown> => {
  const entity: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_') && key !== 'kind') entity[key] = value;
  return entity;
};

export function emptyPlant(site: string): MasterData {
  return {
    site: { id: site, name: site, timeZone: 'UTC' },
    parts: [],
    lines: [],
    stations: [],
    locations: [],
    loops: [],
    cards: [],
    users: [],
    shifts: [],
    plans: [],
    andonReasons: [],
    escalationLadders: [],
  };
}

/** Rebuilds MasterData from replicated documents; unknown kinds and deleted docs are skipped. */
export function plantFromMasterDocs(site: string, docs: readonly unknown[]): MasterData {
  const plant = emptyPlant(site);
  const sorted = docs.filter(isLiveDoc).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  for (const doc of sorted) {
    if (doc.kind === 'site-settings') {
      const { settings, name, timeZone } = doc as Partial<SiteSettingsDoc>;
      plant.site = { id: site, name: typeof name === 'string' ? name : site, timeZone: typeof timeZone === 'string' ? timeZone : 'UTC' };
      if (settings) plant.settings = settings;
      continue;
    }
    const collection = (masterCollections as Record<string, keyof MasterData | undefined>)[doc.kind];
    if (!collection) continue;
    (plant[collection] as unknown[]).push(fromDoc(doc.kind, stripDocFields(doc)));
  }
  return plant;
}

function isLiveDoc(doc: unknown): doc is { _id: string; kind: string } & Record<string, unknown> {
  if (typeof doc !== 'object' || doc === null) return false;
  const record = doc as Record<string, unknown>;
  return typeof record._id === 'string' && typeof record.kind === 'string' && record._deleted !== true;
}
