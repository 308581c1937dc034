import { describe, expect, it } from 'vitest';
import { GS, gs1CheckDigitIsValid, gs1Fields, looksLikeGs1, parseGs1 } from './gs1';

const GTIN = '09501101530003';
const SSCC = '106141411234567897';
const GLN = '9501101020016';

describe('GS1 check digit', () => {
  it.each([[GTIN, true], ['09501101530004', false], [SSCC, true], ['106141411234567890', false], [GLN, true], ['9501101020017', false]])(
    '%s → %s',
    (digits, ok) => expect(gs1CheckDigitIsValid(digits)).toBe(ok),
  );
});

describe('parseGs1', () => {
  it.each<[string, string, Record<string, string>]>([
    ['GS1-128 with AIM prefix, fixed then variable fields', `]C101${GTIN}10LOT-42${GS}3012`, { '01': GTIN, '10': 'LOT-42', '30': '12' }],
    ['GS1 DataMatrix, variable field last without GS', `]d201${GTIN}21SN0001`, { '01': GTIN, '21': 'SN0001' }],
    ['GS1 QR with % separators', `]Q301${GTIN}10A1%37200`, { '01': GTIN, '10': 'A1', '37': '200' }],
    ['leading FNC1 passed through as GS', `${GS}00${SSCC}`, { '00': SSCC }],
    ['location GLN and company internal AIs', `414${GLN}91P1001${GS}99X`, { '414': GLN, '91': 'P1001', '99': 'X' }],
    ['bracketed human-readable form', `(01)${GTIN}(10)B7(30)5`, { '01': GTIN, '10': 'B7', '30': '5' }],
  ])('%s', (_name, text, expected) => {
    const parsed = parseGs1(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Object.fromEntries(parsed.elements.map((e) => [e.ai, e.value]))).toEqual(expected);
  });

  it.each<[string, string, string, string?]>([
    ['GTIN with a wrong check digit', `]C101${GTIN.slice(0, -1)}9`, 'gs1-check-digit', '01'],
    ['SSCC with a wrong check digit', `]C100${SSCC.slice(0, -1)}1`, 'gs1-check-digit', '00'],
    ['GLN with a wrong check digit', `]C1414${GLN.slice(0, -1)}0`, 'gs1-check-digit', '414'],
    ['bracketed GTIN with a wrong check digit', `(01)${GTIN.slice(0, -1)}5`, 'gs1-check-digit', '01'],
    ['a GTIN that is too short', `]C10109501101530`, 'gs1-length', '01'],
    ['an AI Gemba does not know', `]C117261231`, 'gs1-ai-unknown', '17'],
    ['letters in a numeric count', `]C130A12`, 'gs1-charset', '30'],
    ['a lot longer than 20 characters', `]C110${'A'.repeat(21)}`, 'gs1-length', '10'],
    ['the same AI twice', `]C110A${GS}10B`, 'gs1-duplicate-ai', '10'],
    ['nothing after the prefix', `]C1`, 'gs1-empty'],
  ])('refuses %s', (_name, text, code, ai) => {
    const parsed = parseGs1(text);
    expect(parsed).toEqual(ai ? { ok: false, code, ai } : { ok: false, code });
  });

  it('reads fields by meaning', () => {
    const parsed = parseGs1(`]C101${GTIN}10L1${GS}37048${GS}91P1003`);
    expect(parsed.ok && gs1Fields(parsed.elements)).toEqual({ gtin: GTIN, lot: 'L1', qty: 48, internal: { '91': 'P1003' } });
  });

  it.each([[`]C101${GTIN}`, true], [`]d2x`, true], [`]Q3x`, true], [`(01)${GTIN}`, true], [`01${GTIN}${GS}`, true], ['P1001', false], ['KB-1001-1-13', false], [']E00123', false]])(
    'looksLikeGs1(%j) → %s',
    (text, expected) => expect(looksLikeGs1(text)).toBe(expected),
  );
});
