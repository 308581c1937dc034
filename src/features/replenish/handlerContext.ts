import { create } from 'zustand';

/** How long a scanned location or card stays "current" before the next scan starts afresh. */
export const HANDLER_CONTEXT_TTL_MS = 10 * 60_000;

export interface HandlerContext {
  /** Where the handler last said they are (scanned a location). */
  location: { id: string; at: number } | null;
  /** A picked card waiting for its delivery location. */
  card: { id: string; at: number } | null;
}

interface HandlerContextStore extends HandlerContext {
  set: (patch: Partial<HandlerContext>) => void;
  clear: () => void;
}

/** The handler's scan context on this tablet: a location first then cards, or a card then its location. */
export const useHandlerContext = create<HandlerContextStore>((set) => ({
  location: null,
  card: null,
  set: (patch) => set(patch),
  clear: () => set({ location: null, card: null }),
}));

/** The context as of `now`, with entries older than the TTL dropped. */
export function freshContext(ctx: HandlerContext, now: number): HandlerContext {
  const fresh = <T extends { at: number }>(x: T | null): T | null => (x && now - x.at <= HANDLER_CONTEXT_TTL_MS ? x : null);
  return { location: fresh(ctx.location), card: fresh(ctx.card) };
}
