import { makeGembaCode } from '../barcode/gembaCode';
import type { AndonKind } from '../events/types';
import type { AndonReason, EscalationLadder, KanbanCard, KanbanLoop, MasterData, Part, User } from '../master/types';

/**
 * The demo plant seeded on first start (site `demo`). Deterministic: the same object every call,
 * so tests, the README and the printed cards agree.
 */
const partRows: [id: string, name: string, description: string, station: string, containerQty: number, leadTimeMin: number, cards: number][] = [
  ['P1001', 'Hex bolt M8x30', 'Hex head bolt M8 x 30 mm, zinc plated, 8.8', 'L1-10', 200, 45, 3],
  ['P1002', 'Flat washer M8', 'Flat washer 8.4 mm, DIN 125, zinc plated', 'L1-10', 500, 45, 2],
  ['P1003', 'Bracket left', 'Mounting bracket, left hand, 2 mm steel', 'L1-10', 40, 60, 4],
  ['P1004', 'Bracket right', 'Mounting bracket, right hand, 2 mm steel', 'L1-10', 40, 60, 4],
  ['P1005', 'Hinge pin 6 mm', 'Hinge pin 6 x 40 mm, stainless', 'L1-20', 100, 30, 2],
  ['P1006', 'Welding wire 1.0', 'MIG welding wire spool, 1.0 mm, 5 kg', 'L1-20', 4, 90, 3],
  ['P1007', 'Rubber grommet 12', 'Rubber grommet, 12 mm hole, EPDM', 'L1-30', 250, 30, 2],
  ['P1008', 'Cable tie 200', 'Cable tie 200 x 4.8 mm, black, UV resistant', 'L1-30', 1000, 30, 2],
  ['P1009', 'Spring clip', 'Spring clip for 2 mm panel, phosphated', 'L1-30', 300, 45, 3],
  ['P1010', 'Serial label', 'Serial number label, polyester, 50 x 20 mm', 'L1-30', 500, 60, 2],
];

const lineSide = (station: string): string => `${station}-IN`;

const parts: Part[] = partRows.map(([id, name, description]) => ({ id, name, description, unit: 'pcs' }));

const loops: KanbanLoop[] = partRows.map(([part, , , station, containerQty, leadTimeMin], i) => ({
  id: `LP-${part}`,
  part,
  from: 'SM1',
  to: lineSide(station),
  containerQty,
  leadTimeMin,
  safetyFactor: [0.1, 0.2, 0.3][i % 3] ?? 0.2,
}));

const cards: KanbanCard[] = partRows.flatMap(([part, , , , , , count]) =>
  Array.from({ length: count }, (_, k) => ({
    id: makeGembaCode('card', `${part.slice(1)}-${k + 1}`),
    loop: `LP-${part}`,
    seq: k + 1,
    of: count,
  })),
);

const userRows: [id: string, name: string, role: User['role'], badge: string, language: User['language']][] = [
  ['u-anna', 'Anna Schmidt', 'operator', '1001', 'en'],
  ['u-li', 'Li Wei', 'operator', '1002', 'zh-CN'],
  ['u-jonas', 'Jonas Weber', 'operator', '1003', 'en'],
  ['u-marco', 'Marco Rossi', 'handler', '2001', 'en'],
  ['u-sarah', 'Sarah Klein', 'leader', '3001', 'en'],
  ['u-tom', 'Tom Becker', 'admin', '9001', 'en'],
];

const users: User[] = userRows.map(([id, name, role, badge, language]) => ({
  id,
  name,
  role,
  badge: makeGembaCode('badge', badge),
  language,
  active: true,
}));

const reasonRows: [kind: AndonKind, id: string, name: string][] = [
  ['material', 'mat-shortage', 'Material shortage'],
  ['material', 'mat-wrong-part', 'Wrong part delivered'],
  ['quality', 'qual-defect', 'Defect found'],
  ['quality', 'qual-gauge', 'Gauge out of tolerance'],
  ['machine', 'mach-breakdown', 'Machine breakdown'],
  ['machine', 'mach-tooling', 'Tool change or wear'],
  ['safety', 'safe-hazard', 'Hazard on the line'],
  ['safety', 'safe-injury', 'Injury or near miss'],
  ['other', 'other-help', 'Help needed'],
];

const andonReasons: AndonReason[] = reasonRows.map(([kind, id, name]) => ({ id, kind, name }));

const ladderTiers: Record<AndonKind, EscalationLadder['tiers']> = {
  material: [{ tier: 1, afterMin: 0, role: 'handler' }, { tier: 2, afterMin: 10, role: 'leader' }, { tier: 3, afterMin: 30, role: 'admin' }],
  quality: [{ tier: 1, afterMin: 0, role: 'leader' }, { tier: 2, afterMin: 15, role: 'admin' }],
  machine: [{ tier: 1, afterMin: 0, role: 'leader' }, { tier: 2, afterMin: 15, role: 'admin' }],
  safety: [{ tier: 1, afterMin: 0, role: 'leader' }, { tier: 2, afterMin: 5, role: 'admin' }],
  other: [{ tier: 1, afterMin: 0, role: 'leader' }, { tier: 2, afterMin: 20, role: 'admin' }],
};

const stationRows: [id: string, name: string, dayRate: number, lateRate: number, wipLimit: number][] = [
  ['L1-10', 'Pressing', 60, 50, 1800],
  ['L1-20', 'Welding', 55, 45, 400],
  ['L1-30', 'Final assembly', 50, 40, 4000],
];

export function buildDemoPlant(): MasterData {
  return {
    site: { id: 'demo', name: 'Demo plant', timeZone: 'Europe/Berlin' },
    parts: parts.map((p) => ({ ...p })),
    lines: [{ id: 'L1', name: 'Assembly line 1' }],
    stations: stationRows.map(([id, name]) => ({ id, name, line: 'L1' })),
    locations: [
      { id: 'SM1', name: 'Supermarket A', kind: 'supermarket' },
      ...stationRows.map(([id, name, , , wipLimit]) => ({ id: lineSide(id), name: `${name} line side`, kind: 'line' as const, line: 'L1', station: id, wipLimit })),
      { id: 'L1-BUF', name: 'Buffer before final assembly', kind: 'wip', line: 'L1', wipLimit: 120 },
    ],
    loops: loops.map((l) => ({ ...l })),
    cards: cards.map((c) => ({ ...c })),
    users: users.map((u) => ({ ...u })),
    shifts: [
      { id: 'day', name: 'Day', start: '06:00', end: '14:00', timeZone: 'Europe/Berlin' },
      { id: 'late', name: 'Late', start: '14:00', end: '22:00', timeZone: 'Europe/Berlin' },
    ],
    plans: stationRows.flatMap(([station, , dayRate, lateRate]) => [
      { id: `plan-${station}-day`, station, shift: 'day', qtyPerHour: dayRate },
      { id: `plan-${station}-late`, station, shift: 'late', qtyPerHour: lateRate },
    ]),
    andonReasons: andonReasons.map((r) => ({ ...r })),
    escalationLadders: (Object.keys(ladderTiers) as AndonKind[]).map((kind) => ({
      id: `ladder-${kind}`,
      kind,
      tiers: ladderTiers[kind].map((t) => ({ ...t })),
    })),
    settings: { requirePin: false, eventWindowHours: 24 },
  };
}

/** Badge codes of the demo users, by user id (README: "scan or type BD-1001-.. to sign in as Anna"). */
export const demoBadges: Readonly<Record<string, string>> = Object.fromEntries(users.map((u) => [u.id, u.badge]));

/** Every demo card code, loop by loop. */
export const demoCardCodes: readonly string[] = cards.map((c) => c.id);

export const demoStationCodes: Readonly<Record<string, string>> = Object.fromEntries(
  stationRows.map(([id]) => [id, makeGembaCode('station', id)]),
);
