import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gembaCodePrefixes, makeGembaCode, parseGembaCode, type GembaCodeKind } from './gembaCode';

const alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const kinds = Object.keys(gembaCodePrefixes) as GembaCodeKind[];
const body = fc.string({ unit: fc.constantFrom(...alnum), minLength: 1, maxLength: 12 });

describe('Gemba codes', () => {
  it('makes and parses each kind', () => {
    for (const kind of kinds) {
      const code = makeGembaCode(kind, 'L1-10');
      expect(code).toMatch(/^[A-Z]{2}-L1-10-[A-Z0-9]{2}$/);
      expect(parseGembaCode(code)).toEqual({ ok: true, kind, body: 'L1-10', code });
    }
  });

  it('accepts typed lower case and surrounding blanks', () => {
    const code = makeGembaCode('card', '1001-1');
    expect(parseGembaCode(` ${code.toLowerCase()} `)).toMatchObject({ ok: true, code });
  });

  it.each([['', 'code-unknown-format'], ['hello', 'code-unknown-format'], ['XX-1001-AB', 'code-unknown-format'], ['KB--1-AB', 'code-unknown-format']])(
    '%j → %s',
    (text, code) => expect(parseGembaCode(text)).toEqual({ ok: false, code }),
  );

  it('catches every single wrong character', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), body, fc.nat(), fc.constantFrom(...alnum), (kind, b, pos, ch) => {
        const code = makeGembaCode(kind, b);
        const positions = [...code].map((c, i) => (c === '-' ? -1 : i)).filter((i) => i >= 3);
        const i = positions[pos % positions.length] ?? 3;
        fc.pre(code[i] !== ch);
        const wrong = code.slice(0, i) + ch + code.slice(i + 1);
        expect(parseGembaCode(wrong).ok).toBe(false);
      }),
    );
  });

  it('catches every adjacent transposition', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), body, fc.nat(), (kind, b, pos) => {
        const code = makeGembaCode(kind, b).replaceAll('-', '');
        const i = 2 + (pos % (code.length - 3));
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + (code[i + 1] ?? '') + (code[i] ?? '') + code.slice(i + 2);
        const text = `${swapped.slice(0, 2)}-${swapped.slice(2, -2)}-${swapped.slice(-2)}`;
        expect(parseGembaCode(text).ok).toBe(false);
      }),
    );
  });

  it('a code of one kind does not verify as another', () => {
    const code = makeGembaCode('badge', '1001');
    expect(parseGembaCode(code.replace('BD-', 'KB-'))).toEqual({ ok: false, code: 'code-check-failed' });
  });

  it('rejects bodies that cannot be printed', () => {
    expect(() => makeGembaCode('card', 'a b')).toThrow(RangeError);
  });
});
