import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GS, makeGembaCode, type MasterData } from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { useSession } from '../../stores/sessionStore';
import { renderTablet, type TabletHarness } from '../../test/renderTablet';
import { FeedbackBanner } from '../../ui/FeedbackBanner';
import { WipMoveScreen } from './WipMoveScreen';

let tablet: TabletHarness | null = null;
afterEach(async () => {
  await tablet?.db.close();
  tablet = null;
});

async function renderWip(mode?: 'warn' | 'block') {
  tablet = await renderTablet(
    <>
      <FeedbackBanner />
      <WipMoveScreen />
    </>,
  );
  if (mode) {
    const master = tablet.master;
    act(() => usePlant.getState().setMaster({ ...master, settings: { ...master.settings, wipLimitMode: mode } as MasterData['settings'] }));
  }
  useSession.setState({ userId: 'u-marco' });
  return tablet;
}

async function scan(code: string, confirmation: RegExp) {
  const field = screen.getByRole('textbox', { name: 'Scan a location or a part label' });
  fireEvent.change(field, { target: { value: code } });
  fireEvent.submit(field.closest('form')!);
  await waitFor(() => expect(screen.getByTestId('feedback').textContent).toMatch(confirmation));
}

/** from L1-20-IN, a GS1 label for P1005 with lot and count, to the buffer (limit 120). */
async function scanMove(qty: number) {
  await scan(makeGembaCode('location', 'L1-20-IN'), /Location Welding line side set/);
  await scan(`]C191P1005${GS}10LOT-9${GS}30${qty}`, /Part P1005 Hinge pin 6 mm set/);
  await scan(makeGembaCode('location', 'L1-BUF'), /Location Buffer before final assembly set/);
}

const moveButton = () => screen.getByRole('button', { name: 'Move' });

describe('WipMoveScreen', () => {
  it('moves a scanned container: from, GS1 part label (lot and quantity), to', async () => {
    const t = await renderWip();
    await scanMove(100);
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Quantity' }).value).toBe('100');
    expect(screen.getByRole('status', { name: 'WIP at the destination' }).textContent).toContain('holds 0 of its limit 120');
    fireEvent.click(moveButton());
    expect(await screen.findByText('Moved 100 × P1005 from Welding line side to Buffer before final assembly.')).toBeTruthy();
    const [event] = await t.storedEvents();
    expect(event).toMatchObject({ type: 'wip.moved', payload: { part: 'P1005', qty: 100, from: 'L1-20-IN', to: 'L1-BUF', lot: 'LOT-9' } });
  });

  it('warns before a move over the limit, records it only when confirmed, and flags it', async () => {
    const t = await renderWip('warn');
    await scanMove(100);
    fireEvent.click(moveButton());
    await screen.findByText(/Moved 100 × P1005/);
    await scanMove(30);
    fireEvent.click(moveButton());
    const dialog = await screen.findByRole('alertdialog', { name: 'Over the WIP limit' });
    expect(dialog.textContent).toContain('puts Buffer before final assembly at 130, over its limit of 120');
    expect(await t.storedEvents()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await t.storedEvents()).toHaveLength(1);
    fireEvent.click(moveButton());
    fireEvent.click(await screen.findByRole('button', { name: 'Move anyway' }));
    await waitFor(() => expect(screen.getByTestId('feedback').getAttribute('data-kind')).toBe('warning'));
    expect(screen.getByTestId('feedback').textContent).toContain('is now over its WIP limit (130 of 120)');
    expect(await t.storedEvents()).toHaveLength(2);
  });

  it('blocks a move over the limit when the site says so, and records nothing', async () => {
    const t = await renderWip('block');
    expect(screen.getByText(/This site does not allow moves over a location's WIP limit/)).toBeTruthy();
    await scanMove(121);
    fireEvent.click(moveButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Not moved: Buffer before final assembly would hold 121, over its WIP limit of 120.');
    expect(await t.storedEvents()).toHaveLength(0);
  });

  it('refuses an incomplete move, the same location twice, and a code that is not a location or part', async () => {
    const t = await renderWip();
    fireEvent.click(moveButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Choose or scan the from-location, the part and the to-location.');
    const field = screen.getByRole('textbox', { name: 'Scan a location or a part label' });
    fireEvent.change(field, { target: { value: t.master.cards[0]!.id } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Here, scan a part or its label.'));
    fireEvent.change(screen.getByRole('combobox', { name: 'From location' }), { target: { value: 'L1-BUF' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'To location' }), { target: { value: 'L1-BUF' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Part' }), { target: { value: 'P1001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Quantity +1' }));
    fireEvent.click(moveButton());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('From and to are both Buffer before final assembly.'));
    expect(await t.storedEvents()).toHaveLength(0);
  });
});
