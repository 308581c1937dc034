import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * How this tablet's hardware scanner is set up. Scanners are configured per device (some send a
 * prefix/suffix, some cannot send the GS control character and send a printable stand-in), so this
 * lives on the tablet, not in the site's master data.
 */
export interface ScanSettings {
  /** Characters the scanner sends before every code (stripped). */
  wedgePrefix: string;
  /** Characters the scanner sends after every code, before Enter (stripped). */
  wedgeSuffix: string;
  /** A printable character the scanner sends in place of GS (FNC1) in GS1 codes, e.g. `~`. */
  gsSubstitute: string;
  update: (patch: Partial<Omit<ScanSettings, 'update'>>) => void;
}

export const useScanSettings = create<ScanSettings>()(
  persist(
    (set) => ({ wedgePrefix: '', wedgeSuffix: '', gsSubstitute: '', update: (patch) => set(patch) }),
    {
      name: 'gemba.scan-settings',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ wedgePrefix: s.wedgePrefix, wedgeSuffix: s.wedgeSuffix, gsSubstitute: s.gsSubstitute }),
    },
  ),
);

/** Puts the GS separator back where the scanner sent its stand-in. */
export function restoreGs(code: string, gsSubstitute: string): string {
  return gsSubstitute ? code.split(gsSubstitute).join('\u001d') : code;
}
