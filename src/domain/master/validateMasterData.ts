import { andonKinds } from '../events/types';
import { parseGembaCode } from '../barcode/gembaCode';
import { isValidTimeZone, parseLocalTime } from '../util/zonedTime';
import { languages, locationKinds, roles, type MasterData } from './types';

export type MasterErrorCode =
  | 'id-missing'
  | 'id-duplicate'
  | 'ref-unknown'
  | 'ref-wrong-kind'
  | 'number-invalid'
  | 'value-invalid'
  | 'code-invalid';

export interface MasterError {
  /** e.g. `loops[3].from` */
  path: string;
  code: MasterErrorCode;
  value?: unknown;
}

type Collection = Exclude<keyof MasterData, 'site' | 'settings'>;

const collections: Collection[] = [
  'parts', 'lines', 'stations', 'locations', 'loops', 'cards', 'users', 'shifts', 'plans', 'andonReasons', 'escalationLadders',
];

interface Check {
  plant: MasterData;
  err: (path: string, code: MasterErrorCode, value?: unknown) => void;
  ref: (path: string, collection: Collection, value: unknown) => void;
}

const isNumber = (v: unknown, { min = 0, integer = false, exclusiveMin = false } = {}): boolean =>
  typeof v === 'number' && Number.isFinite(v) && (exclusiveMin ? v > min : v >= min) && (!integer || Number.isInteger(v));

const oneOf = (allowed: readonly string[], v: unknown): boolean => typeof v === 'string' && allowed.includes(v);

/**
 * Every problem in a plant, by path; an empty list means it can be imported. Accepts any parsed
 * JSON (an import's dry run): a missing collection is reported, never thrown on.
 */
export function validateMasterData(input: MasterData): MasterError[] {
  const errors: MasterError[] = [];
  const plant = normalise(input, errors);
  const ids = checkIds(plant, errors);
  const check: Check = {
    plant,
    err: (path, code, value) => errors.push({ path, code, ...(value === undefined ? {} : { value }) }),
    ref: (path, collection, value) => {
      if (typeof value !== 'string' || !ids[collection].has(value)) check.err(path, 'ref-unknown', value);
    },
  };
  if (!isValidTimeZone(plant.site.timeZone)) check.err('site.timeZone', 'value-invalid', plant.site.timeZone);
  plant.stations.forEach((s, i) => check.ref(`stations[${i}].line`, 'lines', s.line));
  checkLocationsAndLoops(check);
  checkCards(check);
  checkUsers(check);
  checkShiftsAndPlans(check);
  checkAndon(check);
  return errors;
}

function normalise(input: unknown, errors: MasterError[]): MasterData {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const site = (typeof raw.site === 'object' && raw.site !== null ? raw.site : {}) as MasterData['site'];
  if (typeof site.id !== 'string' || site.id === '') errors.push({ path: 'site.id', code: 'id-missing' });
  const plant = { ...raw, site } as unknown as MasterData;
  for (const collection of collections) {
    const items = raw[collection];
    if (Array.isArray(items)) {
      (plant as unknown as Record<string, unknown>)[collection] = items.map((item: unknown) => (typeof item === 'object' && item !== null ? item : {}));
    } else {
      if (items !== undefined) errors.push({ path: collection, code: 'value-invalid' });
      (plant as unknown as Record<string, unknown>)[collection] = [];
    }
  }
  return plant;
}

function checkIds(plant: MasterData, errors: MasterError[]): Record<Collection, Set<string>> {
  const ids = {} as Record<Collection, Set<string>>;
  for (const collection of collections) {
    const seen = new Set<string>();
    plant[collection].forEach((entity, i) => {
      if (typeof entity.id !== 'string' || entity.id.length === 0) errors.push({ path: `${collection}[${i}].id`, code: 'id-missing' });
      else if (seen.has(entity.id)) errors.push({ path: `${collection}[${i}].id`, code: 'id-duplicate', value: entity.id });
      seen.add(entity.id);
    });
    ids[collection] = seen;
  }
  return ids;
}

function checkLocationsAndLoops({ plant, err, ref }: Check): void {
  const locationKind = new Map(plant.locations.map((l) => [l.id, l.kind]));
  plant.locations.forEach((l, i) => {
    if (!oneOf(locationKinds, l.kind)) err(`locations[${i}].kind`, 'value-invalid', l.kind);
    if (l.line !== undefined) ref(`locations[${i}].line`, 'lines', l.line);
    if (l.station !== undefined) ref(`locations[${i}].station`, 'stations', l.station);
    if (l.wipLimit !== undefined && !isNumber(l.wipLimit, { integer: true })) err(`locations[${i}].wipLimit`, 'number-invalid', l.wipLimit);
  });
  plant.loops.forEach((l, i) => {
    ref(`loops[${i}].part`, 'parts', l.part);
    ref(`loops[${i}].from`, 'locations', l.from);
    ref(`loops[${i}].to`, 'locations', l.to);
    if (locationKind.has(l.from) && locationKind.get(l.from) !== 'supermarket') err(`loops[${i}].from`, 'ref-wrong-kind', l.from);
    if (locationKind.has(l.to) && locationKind.get(l.to) !== 'line') err(`loops[${i}].to`, 'ref-wrong-kind', l.to);
    if (!isNumber(l.containerQty, { integer: true, exclusiveMin: true })) err(`loops[${i}].containerQty`, 'number-invalid', l.containerQty);
    if (!isNumber(l.leadTimeMin, { exclusiveMin: true })) err(`loops[${i}].leadTimeMin`, 'number-invalid', l.leadTimeMin);
    if (!isNumber(l.safetyFactor)) err(`loops[${i}].safetyFactor`, 'number-invalid', l.safetyFactor);
  });
}

function checkCards({ plant, err, ref }: Check): void {
  plant.cards.forEach((c, i) => {
    ref(`cards[${i}].loop`, 'loops', c.loop);
    const parsed = typeof c.id === 'string' ? parseGembaCode(c.id) : null;
    if (!parsed?.ok || parsed.kind !== 'card' || parsed.code !== c.id) err(`cards[${i}].id`, 'code-invalid', c.id);
    if (!isNumber(c.seq, { integer: true, min: 1 }) || !isNumber(c.of, { integer: true, min: 1 }) || c.seq > c.of) {
      err(`cards[${i}].seq`, 'number-invalid', `${String(c.seq)}/${String(c.of)}`);
    }
  });
}

function checkUsers({ plant, err }: Check): void {
  const badges = new Set<string>();
  plant.users.forEach((u, i) => {
    if (!oneOf(roles, u.role)) err(`users[${i}].role`, 'value-invalid', u.role);
    if (!oneOf(languages, u.language)) err(`users[${i}].language`, 'value-invalid', u.language);
    if (typeof u.active !== 'boolean') err(`users[${i}].active`, 'value-invalid', u.active);
    if (typeof u.badge !== 'string' || u.badge.length === 0) err(`users[${i}].badge`, 'value-invalid', u.badge);
    else if (badges.has(u.badge)) err(`users[${i}].badge`, 'id-duplicate', u.badge);
    else badges.add(u.badge);
  });
}

function checkShiftsAndPlans({ plant, err, ref }: Check): void {
  plant.shifts.forEach((s, i) => {
    if (parseLocalTime(s.start) === null) err(`shifts[${i}].start`, 'value-invalid', s.start);
    if (parseLocalTime(s.end) === null) err(`shifts[${i}].end`, 'value-invalid', s.end);
    if (!isValidTimeZone(s.timeZone)) err(`shifts[${i}].timeZone`, 'value-invalid', s.timeZone);
  });
  plant.plans.forEach((p, i) => {
    ref(`plans[${i}].station`, 'stations', p.station);
    ref(`plans[${i}].shift`, 'shifts', p.shift);
    if (p.part !== undefined) ref(`plans[${i}].part`, 'parts', p.part);
    if (!isNumber(p.qtyPerHour)) err(`plans[${i}].qtyPerHour`, 'number-invalid', p.qtyPerHour);
  });
}

function checkAndon({ plant, err }: Check): void {
  plant.andonReasons.forEach((r, i) => {
    if (!oneOf(andonKinds, r.kind)) err(`andonReasons[${i}].kind`, 'value-invalid', r.kind);
  });
  plant.escalationLadders.forEach((l, i) => {
    if (!oneOf(andonKinds, l.kind)) err(`escalationLadders[${i}].kind`, 'value-invalid', l.kind);
    if (!Array.isArray(l.tiers)) {
      err(`escalationLadders[${i}].tiers`, 'value-invalid');
      return;
    }
    l.tiers.forEach((t, j) => {
      const path = `escalationLadders[${i}].tiers[${j}]`;
      if (!isNumber(t.tier, { integer: true, min: 1 })) err(`${path}.tier`, 'number-invalid', t.tier);
      if (!isNumber(t.afterMin)) err(`${path}.afterMin`, 'number-invalid', t.afterMin);
      if (!oneOf(roles, t.role)) err(`${path}.role`, 'value-invalid', t.role);
    });
  });
}
