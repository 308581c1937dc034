// Keyboard-wedge scanners "type" a code as a burst of keystrokes far faster than a person can,
// ending in Enter. Telling the two apart by timing lets a scan land wherever focus is.

export interface WedgeOptions {
  /** Longest gap between two keys of one scan, in ms. People type at 80+ ms between keys. */
  maxGapMs: number;
  /** Shortest code accepted as a scan. */
  minLength: number;
  /** Optional characters the scanner is configured to send before / after the code. */
  prefix: string;
  suffix: string;
}

export const defaultWedgeOptions: WedgeOptions = { maxGapMs: 50, minLength: 4, prefix: '', suffix: '' };

export interface KeyInput {
  key: string;
  timeMs: number;
  ctrlKey?: boolean;
}

/** GS1's group separator (FNC1 inside a code). Many wedge scanners send it as Ctrl+]. */
export const groupSeparator = '\x1d';

/** Scanners press these around characters (Shift for capitals, Control for GS); they end nothing. */
const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta']);

/** Pure state machine: feed keys, get a scanned code back when a fast burst ends with Enter. */
export function createWedgeDetector(options: Partial<WedgeOptions> = {}) {
  const opts = { ...defaultWedgeOptions, ...options };
  let buffer = '';
  let lastKeyAt = Number.NEGATIVE_INFINITY;

  function reset(): void {
    buffer = '';
  }

  function stripAffixes(raw: string): string {
    let code = raw;
    if (opts.prefix && code.startsWith(opts.prefix)) code = code.slice(opts.prefix.length);
    if (opts.suffix && code.endsWith(opts.suffix)) code = code.slice(0, -opts.suffix.length);
    return code;
  }

  return {
    /** Returns the scanned code when this key completes a scan, otherwise null. */
    feed({ key, timeMs, ctrlKey = false }: KeyInput): string | null {
      const gap = timeMs - lastKeyAt;
      lastKeyAt = timeMs;
      if (gap > opts.maxGapMs) reset();
      if (key === 'Enter') {
        const code = stripAffixes(buffer);
        reset();
        return code.length >= opts.minLength ? code : null;
      }
      if (ctrlKey && key === ']') buffer += groupSeparator;
      else if (key.length === 1) buffer += key;
      else if (!modifierKeys.has(key)) reset(); // arrows, Tab, Backspace: a person is typing
      return null;
    },
    /** True while the keys so far look like a scan in progress (used to keep them out of fields). */
    isBursting(timeMs: number): boolean {
      return buffer.length >= 2 && timeMs - lastKeyAt <= opts.maxGapMs;
    },
    reset,
  };
}
