import { mod1271CheckChars, mod1271IsValid } from './mod1271';

/**
 * Gemba's own printable codes (docs/barcodes.md): `<PREFIX>-<BODY>-<CHECK>`, e.g. `KB-P01-1-7Q`.
 * The two check characters cover prefix and body (hyphens excluded), so a code of another kind never
 * passes as this one.
 */
export const gembaCodePrefixes = {
  card: 'KB',
  location: 'LO',
  station: 'ST',
  badge: 'BD',
  part: 'PT',
} as const;

export type GembaCodeKind = keyof typeof gembaCodePrefixes;

export type GembaCodeError = 'code-check-failed' | 'code-unknown-format';

export type ParsedGembaCode = { ok: true; kind: GembaCodeKind; body: string; code: string } | { ok: false; code: GembaCodeError };

export const GEMBA_CODE_BODY_MAX = 20;
const bodyPattern = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const codePattern = /^([A-Z]{2})-([A-Z0-9-]+)-([A-Z0-9]{2})$/;
const kindByPrefix = new Map<string, GembaCodeKind>(
  Object.entries(gembaCodePrefixes).map(([kind, prefix]) => [prefix, kind as GembaCodeKind]),
);

export function isValidGembaCodeBody(body: string): boolean {
  return body.length >= 1 && body.length <= GEMBA_CODE_BODY_MAX && bodyPattern.test(body);
}

/** Builds the printable code; throws on a body outside `[A-Z0-9-]` (a programming error, not user input). */
export function makeGembaCode(kind: GembaCodeKind, body: string): string {
  const upper = body.toUpperCase();
  if (!isValidGembaCodeBody(upper)) throw new RangeError(`gemba-code-body-invalid: ${body}`);
  const prefix = gembaCodePrefixes[kind];
  const check = mod1271CheckChars(prefix + upper.replaceAll('-', ''));
  return `${prefix}-${upper}-${check ?? ''}`;
}

/** Reads a scanned or typed code: trims, upper-cases, checks the prefix and the check characters. */
export function parseGembaCode(text: string): ParsedGembaCode {
  const code = text.trim().toUpperCase();
  const match = codePattern.exec(code);
  const kind = match ? kindByPrefix.get(match[1] ?? '') : undefined;
  const body = match?.[2] ?? '';
  if (!match || !kind || !isValidGembaCodeBody(body)) return { ok: false, code: 'code-unknown-format' };
  if (!mod1271IsValid(`${match[1] ?? ''}${body.replaceAll('-', '')}${match[3] ?? ''}`)) {
    return { ok: false, code: 'code-check-failed' };
  }
  return { ok: true, kind, body, code };
}
