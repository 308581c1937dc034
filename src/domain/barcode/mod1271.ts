/**
 * ISO/IEC 7064 MOD 1271-36: a pure system over 0-9A-Z with two check characters, both 0-9A-Z.
 * It catches every single substitution and every adjacent transposition. (MOD 37,36 uses one
 * character but misses some transpositions; MOD 37-2 needs `*`, which we keep out of our codes.)
 */
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const radix = 36;
const modulus = 1271;

function remainder(chars: string): number | null {
  let p = 0;
  for (const ch of chars) {
    const value = alphabet.indexOf(ch);
    if (value < 0) return null;
    p = (p * radix + value) % modulus;
  }
  return p;
}

/** The two check characters for `chars` (0-9A-Z only), or null when a character is outside the alphabet. */
export function mod1271CheckChars(chars: string): string | null {
  const p = remainder(chars);
  if (p === null) return null;
  const check = (modulus + 1 - ((p * radix * radix) % modulus)) % modulus;
  return `${alphabet[Math.floor(check / radix)] ?? ''}${alphabet[check % radix] ?? ''}`;
}

export function mod1271IsValid(charsWithCheck: string): boolean {
  return remainder(charsWithCheck) === 1;
}
