import { describe, expect, it } from 'vitest';
import { buildDemoPlant, demoBadges, demoStationCodes, GS, makeGembaCode } from '../../domain';
import { routeScan, wrongKind } from './routeScan';

const master = buildDemoPlant();
const card = master.cards[0]!.id;
const GTIN = '09501101530003';

function subjectOf(raw: string) {
  const routed = routeScan(raw, master);
  if (!routed.ok) throw new Error(`refused ${raw}: ${routed.outcome.key}`);
  return routed.subject;
}

describe('routeScan', () => {
  it.each<[string, string, string, Record<string, unknown>?]>([
    ['a kanban card', card, 'card'],
    ['a card typed in lower case with blanks', ` ${card.toLowerCase()} `, 'card'],
    ['a location code', makeGembaCode('location', 'L1-10-IN'), 'location'],
    ['a station code', demoStationCodes['L1-20']!, 'station'],
    ['a badge', demoBadges['u-marco']!, 'badge'],
    ['a Gemba part code', makeGembaCode('part', 'P1003'), 'part'],
    ['a plain part number from master data', 'p1005', 'part'],
    ['GS1-128 with part in AI 91, lot and count', `]C101${GTIN}10LOT7${GS}30${'24'}${GS}91P1002`, 'part', { lot: 'LOT7', qty: 24 }],
    ['GS1 DataMatrix with part in AI 91 and serial', `]d221SN9${GS}91P1001`, 'part', { serial: 'SN9' }],
    ['GS1 QR with % separator', `]Q310B2%91P1004`, 'part', { lot: 'B2' }],
    ['bracketed GS1 typed by hand', '(91)P1006(37)4', 'part', { qty: 4 }],
  ])('routes %s', (_name, raw, kind, extra) => {
    const subject = subjectOf(raw);
    expect(subject.kind).toBe(kind);
    if (extra) expect(subject).toMatchObject(extra);
  });

  it('resolves the record behind each Gemba code', () => {
    expect(subjectOf(makeGembaCode('location', 'SM1'))).toMatchObject({ location: { id: 'SM1', kind: 'supermarket' } });
    expect(subjectOf(demoStationCodes['L1-10']!)).toMatchObject({ station: { id: 'L1-10' } });
    expect(subjectOf(demoBadges['u-anna']!)).toMatchObject({ user: { id: 'u-anna' } });
    expect(subjectOf('P1001')).toMatchObject({ part: { id: 'P1001' } });
  });

  it.each<[string, string, string, Record<string, unknown>?]>([
    ['nothing', '   ', 'errors.code-empty'],
    ['an unknown plain text', 'HELLO-WORLD', 'scanRouter.unknownCode', { code: 'HELLO-WORLD' }],
    ['a card with a wrong check character', `${card.slice(0, -1)}${card.endsWith('A') ? 'B' : 'A'}`, 'errors.code-check-failed'],
    ['a well-formed card unknown at this site', makeGembaCode('card', '9999-1'), 'errors.card-unknown'],
    ['an unknown location', makeGembaCode('location', 'NOWHERE'), 'scanRouter.unknownLocation'],
    ['an unknown station', makeGembaCode('station', 'L9-99'), 'scanRouter.unknownStation'],
    ['an unknown badge', makeGembaCode('badge', '4242'), 'errors.badge-unknown'],
    ['an unknown part code', makeGembaCode('part', 'P9999'), 'scanRouter.unknownPart'],
    ['a GS1 GTIN with a wrong check digit', `]C101${GTIN.slice(0, -1)}4`, 'scanRouter.gs1-check-digit', { ai: '01', code: `]C101${GTIN.slice(0, -1)}4` }],
    ['a GS1 SSCC with a wrong check digit', `]C100106141411234567890`, 'scanRouter.gs1-check-digit', { ai: '00' }],
    ['a GS1 code with an AI Gemba does not read', `]C11726123191P1001`, 'scanRouter.gs1-ai-unknown', { ai: '17' }],
    ['a valid GS1 code for no part of this plant', `]C101${GTIN}10X`, 'scanRouter.gs1-no-match'],
    ['a GS1 code with the separator shown, not swallowed', `]C110A${GS}10B`, 'scanRouter.gs1-duplicate-ai', { code: ']C110A<GS>10B' }],
  ])('refuses %s, saying why', (_name, raw, key, values) => {
    const routed = routeScan(raw, master);
    expect(routed.ok).toBe(false);
    if (!routed.ok) {
      expect(routed.outcome).toMatchObject({ kind: 'error', key });
      if (values) expect(routed.outcome.values).toMatchObject(values);
    }
  });

  it('reads a bare GS1 string from a reader that strips the AIM prefix', () => {
    const withPart = { ...master, parts: [...master.parts, { id: GTIN, name: 'Carton of bolts' }] };
    expect(routeScan(`01${GTIN}`, withPart)).toMatchObject({ ok: true, subject: { kind: 'part', part: { id: GTIN } } });
  });

  it('words a valid code of the wrong kind as a refusal for the step', () => {
    expect(wrongKind(subjectOf(card), 'location')).toEqual({
      kind: 'error',
      key: 'scanRouter.wrongKind',
      values: { code: card, kind: 'card', expected: 'location' },
    });
  });
});
