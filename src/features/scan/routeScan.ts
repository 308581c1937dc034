import {
  gs1Fields,
  looksLikeGs1,
  parseGembaCode,
  parseGs1,
  type MasterCard,
  type MasterData,
  type MasterLocation,
  type MasterPart,
  type MasterStation,
  type MasterUser,
} from '../../domain';
import type { ScanOutcome } from '../scanOutcome';
import { usePlant } from '../../stores/plantStore';

/** What a scanned code turned out to be, resolved against the tablet's master data. */
export type ScanSubject =
  | { kind: 'card'; code: string; card: MasterCard }
  | { kind: 'location'; code: string; location: MasterLocation }
  | { kind: 'station'; code: string; station: MasterStation }
  | { kind: 'badge'; code: string; user: MasterUser }
  | { kind: 'part'; code: string; part: MasterPart; lot?: string; qty?: number; serial?: string };

export type ScanSubjectKind = ScanSubject['kind'];

export type RoutedScan = { ok: true; subject: ScanSubject } | { ok: false; outcome: ScanOutcome };

const refuse = (key: string, values: Record<string, string | number>): RoutedScan => ({ ok: false, outcome: { kind: 'error', key, values } });

/** Shown in messages: control characters (GS) made visible, so the person sees what was read. */
export function printable(raw: string): string {
  return [...raw.split('\u001d').join('<GS>')].filter((c) => c.charCodeAt(0) >= 32).join('');
}

function fromGembaCode(kind: string, body: string, code: string, master: MasterData): RoutedScan {
  const live = <T extends { retired?: true }>(x: T | undefined): T | undefined => (x && !x.retired ? x : undefined);
  if (kind === 'card') {
    const card = live(master.cards.find((c) => c.id === code));
    return card ? { ok: true, subject: { kind, code, card } } : refuse('errors.card-unknown', { code });
  }
  if (kind === 'location') {
    const location = live(master.locations.find((l) => l.id === body));
    return location ? { ok: true, subject: { kind, code, location } } : refuse('scanRouter.unknownLocation', { code });
  }
  if (kind === 'station') {
    const station = live(master.stations.find((s) => s.id === body));
    return station ? { ok: true, subject: { kind, code, station } } : refuse('scanRouter.unknownStation', { code });
  }
  if (kind === 'badge') {
    const user = live(master.users.find((u) => u.badge === code));
    return user ? { ok: true, subject: { kind, code, user } } : refuse('errors.badge-unknown', { code });
  }
  const part = live(master.parts.find((p) => p.id === body));
  return part ? { ok: true, subject: { kind: 'part', code, part } } : refuse('scanRouter.unknownPart', { code });
}

function fromGs1(raw: string, master: MasterData): RoutedScan {
  const shown = printable(raw);
  const parsed = parseGs1(raw);
  if (!parsed.ok) return refuse(`scanRouter.${parsed.code}`, { code: shown, ai: parsed.ai ?? '' });
  const fields = gs1Fields(parsed.elements);
  // Part number from AI 91 (Gemba's convention for company-internal data), else a part whose id is the GTIN.
  const partId = fields.internal['91'] ?? fields.gtin;
  const part = partId ? master.parts.find((p) => !p.retired && (p.id === partId || p.id === partId.replace(/^0+/, ''))) : undefined;
  if (part) {
    const subject: ScanSubject = { kind: 'part', code: shown, part };
    if (fields.lot !== undefined) subject.lot = fields.lot;
    if (fields.qty !== undefined) subject.qty = fields.qty;
    if (fields.serial !== undefined) subject.serial = fields.serial;
    return { ok: true, subject };
  }
  const location = fields.gln ? master.locations.find((l) => !l.retired && l.id === fields.gln) : undefined;
  if (location) return { ok: true, subject: { kind: 'location', code: shown, location } };
  return refuse('scanRouter.gs1-no-match', { code: shown });
}

/**
 * One router for every code a tablet can see: Gemba codes (with their check characters), GS1
 * element strings, and plain part numbers from master data. It only says what the code is; the
 * screen decides what that means in its context. A refusal names the code and the reason.
 */
export function routeScan(raw: string, master: MasterData): RoutedScan {
  const trimmed = raw.replace(/^[\s\r\n]+|[\s\r\n]+$/g, '');
  if (trimmed === '') return refuse('errors.code-empty', {});
  if (looksLikeGs1(trimmed)) return fromGs1(trimmed, master);
  const code = trimmed.toUpperCase();
  const gemba = parseGembaCode(code);
  if (gemba.ok) return fromGembaCode(gemba.kind, gemba.body, gemba.code, master);
  const plainPart = master.parts.find((p) => !p.retired && p.id.toUpperCase() === code);
  if (plainPart) return { ok: true, subject: { kind: 'part', code, part: plainPart } };
  // A plant's own badge numbers are printed as they are, not as Gemba codes.
  const badgeUser = master.users.find((u) => !u.retired && u.badge.toUpperCase() === code);
  if (badgeUser) return { ok: true, subject: { kind: 'badge', code, user: badgeUser } };
  // A bare all-digit GS1 string (no AIM prefix, no GS) from a reader configured to strip them.
  if (/^(00|01|414)\d+$/.test(code)) {
    const parsed = parseGs1(code);
    if (parsed.ok) return fromGs1(code, master);
  }
  return refuse(gemba.code === 'code-check-failed' ? 'errors.code-check-failed' : 'scanRouter.unknownCode', { code: printable(trimmed) });
}

/** What a step accepts, as a `scanRouter.expect.*` key ("a kanban card or a location"). */
export type ExpectedScan = 'card' | 'cardOrLocation' | 'location' | 'part' | 'station' | 'stationOrPart';

/** A refusal for a code that is valid but not what this step wants; it records nothing. */
export function wrongKind(subject: ScanSubject, expected: ExpectedScan): ScanOutcome {
  return { kind: 'error', key: 'scanRouter.wrongKind', values: { code: subject.code, kind: subject.kind, expected } };
}

/** Routes a scan against the master data this tablet holds; says so when it holds none yet. */
export function routeWithLocalPlant(raw: string): RoutedScan {
  const plant = usePlant.getState().master;
  if (!plant) return { ok: false, outcome: { kind: 'error', key: 'errors.no-plant-data', values: {} } };
  return routeScan(raw, plant);
}
