/**
 * GS1 element strings as scanners send them (docs/floor-workflows.md): an optional AIM symbology
 * identifier (`]C1` GS1-128, `]d2` GS1 DataMatrix, `]Q3` GS1 QR, `]e0` DataBar), then AI + data
 * pairs. Variable-length fields end at FNC1, which readers transmit as GS (ASCII 29); GS1 QR may use
 * `%` instead. The bracketed human-readable form `(01)…(10)…` is accepted too, for typed entry.
 * Only the AIs Gemba uses are known; anything else is refused rather than guessed at.
 */
export const GS = '\u001d';

export type Gs1Error = 'gs1-empty' | 'gs1-ai-unknown' | 'gs1-length' | 'gs1-charset' | 'gs1-check-digit' | 'gs1-duplicate-ai';

export interface Gs1Element {
  ai: string;
  value: string;
}

export type ParsedGs1 = { ok: true; elements: Gs1Element[] } | { ok: false; code: Gs1Error; ai?: string };

interface AiSpec {
  /** Fixed length of the data, or the maximum for variable-length fields. */
  length: number;
  isFixed: boolean;
  isNumeric: boolean;
  hasCheckDigit: boolean;
}

const fixedNumeric = (length: number, hasCheckDigit: boolean): AiSpec => ({ length, isFixed: true, isNumeric: true, hasCheckDigit });
const variable = (length: number, isNumeric: boolean): AiSpec => ({ length, isFixed: false, isNumeric, hasCheckDigit: false });

const specs: Record<string, AiSpec> = {
  '00': fixedNumeric(18, true), // SSCC
  '01': fixedNumeric(14, true), // GTIN
  '10': variable(20, false), // batch / lot
  '21': variable(20, false), // serial
  '30': variable(8, true), // variable count
  '37': variable(8, true), // count of trade items in a logistic unit
  '414': fixedNumeric(13, true), // GLN of a physical location
};
for (let ai = 91; ai <= 99; ai++) specs[String(ai)] = variable(90, false); // company internal

/** GS1 character set 82 (ISO 646 subset) for alphanumeric fields. */
const charset82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;

/** GS1 mod-10 check digit over all digits but the last: weights 3,1,3,… from the right. */
export function gs1CheckDigitIsValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  const body = digits.slice(0, -1);
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

const aimPrefix = /^\][A-Za-z][0-9A-Za-z]/;

/** True when the text carries a GS1 marker: an AIM GS1 symbology id, a GS, or the bracketed form. */
export function looksLikeGs1(text: string): boolean {
  return /^\](C1|d2|Q3|e0)/.test(text) || text.includes(GS) || /^\(\d{2,4}\)/.test(text);
}

function specFor(text: string, at: number): { ai: string; spec: AiSpec } | null {
  for (const len of [2, 3, 4]) {
    const ai = text.slice(at, at + len);
    const spec = specs[ai];
    if (spec) return { ai, spec };
  }
  return null;
}

function checkValue(spec: AiSpec, value: string): Gs1Error | null {
  if (value.length === 0 || (spec.isFixed ? value.length !== spec.length : value.length > spec.length)) return 'gs1-length';
  if (spec.isNumeric ? !/^\d+$/.test(value) : !charset82.test(value)) return 'gs1-charset';
  if (spec.hasCheckDigit && !gs1CheckDigitIsValid(value)) return 'gs1-check-digit';
  return null;
}

function parseBracketed(text: string): ParsedGs1 {
  const elements: Gs1Element[] = [];
  const pattern = /\((\d{2,4})\)([^(]*)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pattern.exec(text)) !== null) {
    const ai = match[1] ?? '';
    const spec = specs[ai];
    if (!spec) return { ok: false, code: 'gs1-ai-unknown', ai };
    const error = checkValue(spec, match[2] ?? '');
    if (error) return { ok: false, code: error, ai };
    elements.push({ ai, value: match[2] ?? '' });
    consumed = pattern.lastIndex;
  }
  if (consumed !== text.length) return { ok: false, code: 'gs1-length' };
  return withoutDuplicates(elements);
}

function withoutDuplicates(elements: Gs1Element[]): ParsedGs1 {
  const seen = new Set<string>();
  for (const e of elements) {
    if (seen.has(e.ai)) return { ok: false, code: 'gs1-duplicate-ai', ai: e.ai };
    seen.add(e.ai);
  }
  return elements.length === 0 ? { ok: false, code: 'gs1-empty' } : { ok: true, elements };
}

/** Parses a scanned GS1 element string (with or without AIM prefix) into its elements. */
export function parseGs1(raw: string): ParsedGs1 {
  let text = raw.replace(/[\r\n]+$/, '');
  const isQr = text.startsWith(']Q3');
  if (aimPrefix.test(text)) text = text.slice(3);
  if (text.startsWith('(')) return parseBracketed(text);
  if (isQr) text = text.replaceAll('%', GS);
  while (text.startsWith(GS)) text = text.slice(1); // a leading FNC1 some readers pass through
  const elements: Gs1Element[] = [];
  let at = 0;
  while (at < text.length) {
    const found = specFor(text, at);
    if (!found) return { ok: false, code: 'gs1-ai-unknown', ai: text.slice(at, at + 2) };
    const start = at + found.ai.length;
    let end: number;
    if (found.spec.isFixed) end = start + found.spec.length;
    else {
      const gs = text.indexOf(GS, start);
      end = gs < 0 ? text.length : gs;
    }
    const value = text.slice(start, end);
    const error = checkValue(found.spec, value);
    if (error) return { ok: false, code: error, ai: found.ai };
    elements.push({ ai: found.ai, value });
    at = end;
    while (text[at] === GS) at++;
  }
  return withoutDuplicates(elements);
}

/** The fields Gemba reads from a GS1 code, by meaning. */
export interface Gs1Fields {
  sscc?: string;
  gtin?: string;
  lot?: string;
  serial?: string;
  qty?: number;
  gln?: string;
  /** AIs 91–99, company internal; Gemba reads its part number from 91. */
  internal: Record<string, string>;
}

export function gs1Fields(elements: readonly Gs1Element[]): Gs1Fields {
  const fields: Gs1Fields = { internal: {} };
  for (const { ai, value } of elements) {
    if (ai === '00') fields.sscc = value;
    else if (ai === '01') fields.gtin = value;
    else if (ai === '10') fields.lot = value;
    else if (ai === '21') fields.serial = value;
    else if (ai === '30' || ai === '37') fields.qty = Number(value);
    else if (ai === '414') fields.gln = value;
    else fields.internal[ai] = value;
  }
  return fields;
}
