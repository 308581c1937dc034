import { describe, expect, it } from 'vitest';
import { buildDemoPlant, demoBadges, demoCardCodes } from '../demo/demoPlant';
import { parseGembaCode } from '../barcode/gembaCode';
import { masterDocsFromPlant, plantFromMasterDocs } from './masterDocs';
import { validateMasterData } from './validateMasterData';

describe('master data', () => {
  it('the demo plant is valid, deterministic and complete', () => {
    const plant = buildDemoPlant();
    expect(validateMasterData(plant)).toEqual([]);
    expect(buildDemoPlant()).toEqual(plant);
    expect(plant.stations).toHaveLength(3);
    expect(plant.parts).toHaveLength(10);
    expect(new Set(plant.users.map((u) => u.role))).toEqual(new Set(['operator', 'handler', 'leader', 'admin']));
    expect(plant.users.filter((u) => u.role === 'operator').length).toBeGreaterThanOrEqual(2);
    expect(plant.users.some((u) => u.language === 'zh-CN')).toBe(true);
    for (const loop of plant.loops) {
      const cards = plant.cards.filter((c) => c.loop === loop.id);
      expect(cards.length).toBeGreaterThanOrEqual(2);
      expect(cards.length).toBeLessThanOrEqual(4);
    }
    expect(demoCardCodes.every((c) => parseGembaCode(c).ok)).toBe(true);
    expect(Object.values(demoBadges).every((b) => parseGembaCode(b).ok)).toBe(true);
  });

  it('round-trips through master documents', () => {
    const plant = buildDemoPlant();
    const docs = masterDocsFromPlant(plant);
    expect(docs[0]).toMatchObject({ _id: 'site-settings:demo', kind: 'site-settings' });
    expect(docs.find((d) => d._id === 'station:L1-10')).toMatchObject({ kind: 'station', id: 'L1-10', line: 'L1' });
    expect(docs.find((d) => d._id === 'location:SM1')).toMatchObject({ kind: 'location', locationKind: 'supermarket' });
    expect(docs.find((d) => d._id === 'ladder:ladder-safety')).toMatchObject({ kind: 'ladder', andonKind: 'safety' });
    const back = plantFromMasterDocs('demo', [...docs].reverse());
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(back.site).toEqual(plant.site);
    expect(back.settings).toEqual(plant.settings);
    expect(byId(back.cards)).toEqual(byId(plant.cards));
    expect(byId(back.escalationLadders)).toEqual(byId(plant.escalationLadders));
    expect(byId(back.locations)).toEqual(byId(plant.locations));
    expect(byId(back.andonReasons)).toEqual(byId(plant.andonReasons));
  });

  it('skips deleted docs and unknown kinds', () => {
    const plant = plantFromMasterDocs('demo', [
      { _id: 'part:P1', kind: 'part', id: 'P1', name: 'Bolt' },
      { _id: 'part:P2', kind: 'part', id: 'P2', name: 'Nut', _deleted: true },
      { _id: 'gizmo:G', kind: 'gizmo', id: 'G' },
      null,
    ]);
    expect(plant.parts).toEqual([{ id: 'P1', name: 'Bolt' }]);
  });

  it('reports errors by path', () => {
    const plant = buildDemoPlant();
    const loop = plant.loops[0];
    const card = plant.cards[0];
    const user = plant.users[1];
    if (!loop || !card || !user) throw new Error('demo plant changed');
    loop.from = 'L1-10-IN';
    loop.containerQty = 0;
    card.loop = 'nope';
    plant.parts.push({ id: 'P1001', name: 'dup' });
    user.badge = plant.users[0]?.badge ?? '';
    plant.shifts[0] = { ...plant.shifts[0]!, start: '25:00' };
    expect(validateMasterData(plant)).toEqual(
      expect.arrayContaining([
        { path: 'loops[0].from', code: 'ref-wrong-kind', value: 'L1-10-IN' },
        { path: 'loops[0].containerQty', code: 'number-invalid', value: 0 },
        { path: 'cards[0].loop', code: 'ref-unknown', value: 'nope' },
        { path: 'parts[10].id', code: 'id-duplicate', value: 'P1001' },
        { path: 'users[1].badge', code: 'id-duplicate', value: user.badge },
        { path: 'shifts[0].start', code: 'value-invalid', value: '25:00' },
      ]),
    );
  });
});

describe('validateMasterData on raw import input', () => {
  it('reports missing or malformed collections instead of throwing', () => {
    const errors = validateMasterData({ site: { id: 'x', name: 'x', timeZone: 'Mars/Olympus' }, parts: 'nope' } as never);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'site.timeZone', code: 'value-invalid', value: 'Mars/Olympus' },
        { path: 'parts', code: 'value-invalid' },
      ]),
    );
    expect(() => validateMasterData(null as never)).not.toThrow();
    expect(validateMasterData(null as never)).toContainEqual({ path: 'site.id', code: 'id-missing' });
  });
});
