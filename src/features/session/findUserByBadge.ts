import { parseGembaCode, type MasterData, type MasterUser } from '../../domain';
import type { ScanOutcome } from '../scanOutcome';

export type BadgeDecision = { ok: true; user: MasterUser } | { ok: false; outcome: ScanOutcome };

/** Finds who a scanned badge belongs to, offline, in the master data the tablet already holds. */
export function findUserByBadge(rawCode: string, master: MasterData): BadgeDecision {
  const code = rawCode.trim().toUpperCase();
  if (code === '') return { ok: false, outcome: { kind: 'error', key: 'errors.code-empty', values: {} } };
  const parsed = parseGembaCode(code);
  if (!parsed.ok) return { ok: false, outcome: { kind: 'error', key: `errors.${parsed.code}`, values: { code } } };
  if (parsed.kind !== 'badge') return { ok: false, outcome: { kind: 'error', key: 'errors.not-a-badge', values: { code } } };
  const user = master.users.find((u) => u.badge === parsed.code);
  if (!user || user.retired) return { ok: false, outcome: { kind: 'error', key: 'errors.badge-unknown', values: { code } } };
  if (user.active === false) return { ok: false, outcome: { kind: 'error', key: 'errors.user-inactive', values: { name: user.name } } };
  return { ok: true, user };
}
