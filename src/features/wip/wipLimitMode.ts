import type { MasterData } from '../../domain';

export type WipLimitMode = 'warn' | 'block';

/**
 * Site setting `settings.wipLimitMode` ('warn' | 'block', default 'warn'): what a WIP move that
 * would take a location over its limit does. Read defensively: the master data type does not
 * declare it yet, and an unknown value must never block the floor.
 */
export function wipLimitMode(master: MasterData): WipLimitMode {
  const settings = master.settings as { wipLimitMode?: unknown } | undefined;
  return settings?.wipLimitMode === 'block' ? 'block' : 'warn';
}
