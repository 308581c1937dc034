import type { AndonKind } from '../events/types';

/** Fields every master entity has. Retired entities stay so history still resolves. */
export interface Entity {
  id: string;
  retired?: true;
}

export interface Site {
  id: string;
  name: string;
  /** IANA zone the plant's shifts and reports are in. */
  timeZone: string;
}

export interface SiteSettings {
  /** Operators must type a PIN after scanning their badge. */
  requirePin?: boolean;
  /** Hours of events a tablet keeps locally (beyond unsynced ones). */
  eventWindowHours?: number;
}

export interface Part extends Entity {
  name: string;
  description?: string;
  unit?: string;
}

export interface Line extends Entity {
  name: string;
}

export interface Station extends Entity {
  name: string;
  line: string;
}

export type LocationKind = 'supermarket' | 'line' | 'wip';
export const locationKinds = ['supermarket', 'line', 'wip'] as const satisfies readonly LocationKind[];

export interface Location extends Entity {
  name: string;
  kind: LocationKind;
  line?: string;
  station?: string;
  /** Maximum units (all parts together) before the location counts as over its limit. */
  wipLimit?: number;
}

export interface KanbanLoop extends Entity {
  part: string;
  /** Supermarket location the handler picks from. */
  from: string;
  /** Line-side location the container is delivered to. */
  to: string;
  containerQty: number;
  /** Target replenishment lead time, pulled → delivered. */
  leadTimeMin: number;
  /** 0.2 = 20 % safety in the card-count formula. */
  safetyFactor: number;
}

export interface KanbanCard extends Entity {
  /** The card's full printed Gemba code (kind card), so a scan is the id. */
  id: string;
  loop: string;
  /** Card `seq` of `of` in its loop, as printed. */
  seq: number;
  of: number;
}

export type Role = 'operator' | 'handler' | 'leader' | 'admin';
export const roles = ['operator', 'handler', 'leader', 'admin'] as const satisfies readonly Role[];

export type Language = 'en' | 'zh-CN';
export const languages = ['en', 'zh-CN'] as const satisfies readonly Language[];

export interface User extends Entity {
  name: string;
  role: Role;
  /** Code printed on the badge (a Gemba badge code or the plant's existing badge number). */
  badge: string;
  /** scrypt hash, `scrypt$<salt b64>$<hash b64>`; never the PIN itself. */
  pinHash?: string;
  language: Language;
  active: boolean;
}

export interface Shift extends Entity {
  name: string;
  /** Local wall time `HH:MM` in `timeZone`; end ≤ start means the shift ends the next day. */
  start: string;
  end: string;
  timeZone: string;
}

export interface HourlyPlan extends Entity {
  station: string;
  shift: string;
  qtyPerHour: number;
  part?: string;
}

export interface AndonReason extends Entity {
  kind: AndonKind;
  name: string;
}

export interface EscalationTier {
  tier: number;
  /** Minutes after the call was raised (until the responder arrives) when this tier is notified. */
  afterMin: number;
  role: Role;
}

export interface EscalationLadder extends Entity {
  kind: AndonKind;
  tiers: EscalationTier[];
}

export interface MasterData {
  site: Site;
  parts: Part[];
  lines: Line[];
  stations: Station[];
  locations: Location[];
  loops: KanbanLoop[];
  cards: KanbanCard[];
  users: User[];
  shifts: Shift[];
  plans: HourlyPlan[];
  andonReasons: AndonReason[];
  escalationLadders: EscalationLadder[];
  settings?: SiteSettings;
}

// Prefixed aliases for UI code, where `Location` or `User` would clash with DOM names.
export type MasterPart = Part;
export type MasterLine = Line;
export type MasterStation = Station;
export type MasterLocation = Location;
export type MasterLoop = KanbanLoop;
export type MasterCard = KanbanCard;
export type MasterUser = User;
export type MasterShift = Shift;
export type MasterPlan = HourlyPlan;
export type MasterAndonReason = AndonReason;
export type MasterLadder = EscalationLadder;
