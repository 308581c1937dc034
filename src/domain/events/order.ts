interface Ordered {
  _id: string;
  hlc: string;
}

/** The fold order: HLC stamp, then id (two stamps are only equal for the same device and tick). */
export function compareEvents(a: Ordered, b: Ordered): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  if (a._id !== b._id) return a._id < b._id ? -1 : 1;
  return 0;
}

/** A sorted copy; the input is left as it is. */
export function sortEvents<E extends Ordered>(events: readonly E[]): E[] {
  return [...events].sort(compareEvents);
}
