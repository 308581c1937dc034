import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createHlcClock, makeEvent } from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { useSession } from '../../stores/sessionStore';
import { renderTablet, type TabletHarness } from '../../test/renderTablet';
import { FeedbackBanner } from '../../ui/FeedbackBanner';
import { useTabletStation } from '../production/stationStore';
import { AndonScreen } from './AndonScreen';

let tablet: TabletHarness | null = null;
afterEach(async () => {
  await tablet?.db.close();
  tablet = null;
  useTabletStation.setState({ station: null });
});

async function renderAndon() {
  useTabletStation.setState({ station: 'L1-20' });
  tablet = await renderTablet(
    <>
      <FeedbackBanner />
      <AndonScreen />
    </>,
  );
  useSession.setState({ userId: 'u-li' });
  return tablet;
}

describe('AndonScreen', () => {
  it('raises a call with kind, reason from master data and a note, and shows its live status', async () => {
    const t = await renderAndon();
    fireEvent.click(screen.getByRole('radio', { name: /Machine/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Tool change or wear' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note (optional)' }), { target: { value: 'Tip worn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Raise andon' }));
    expect(await screen.findByText('Machine andon raised. Help is being called.')).toBeTruthy();
    const [event] = await t.storedEvents();
    expect(event).toMatchObject({ type: 'andon.raised', actor: 'u-li', payload: { station: 'L1-20', kind: 'machine', reason: 'mach-tooling', note: 'Tip worn' } });
    const table = screen.getByRole('table', { name: 'Open andon calls at this station' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Waiting for response');
    expect(row.textContent).toContain('Tier 1 · Team leader');
  });

  it('shows acknowledgement, arrival and the escalation tier reached, from any tablet', async () => {
    const t = await renderAndon();
    const earlier = createHlcClock('T-OTHER', () => t.services.now() - 16 * 60_000);
    const raised = makeEvent({ type: 'andon.raised', payload: { andon: 'AN-1', station: 'L1-20', kind: 'machine' }, site: 'demo', device: 'T-OTHER', actor: 'u-jonas' }, earlier);
    act(() => usePlant.getState().addEvents([raised]));
    const table = await screen.findByRole('table', { name: 'Open andon calls at this station' });
    expect(table.textContent).toContain('Tier 2 · Administrator');
    expect(table.textContent).toContain('16 min');
    const ack = makeEvent({ type: 'andon.acknowledged', payload: { andon: 'AN-1' }, site: 'demo', device: 'T-OTHER', actor: 'u-sarah' }, earlier);
    act(() => usePlant.getState().addEvents([ack]));
    await waitFor(() => expect(screen.getByRole('table').textContent).toContain('Acknowledged'));
  });

  it('refuses to raise without a kind and records nothing; a raised call can be cancelled', async () => {
    const t = await renderAndon();
    fireEvent.click(screen.getByRole('button', { name: 'Raise andon' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Choose what the problem is.');
    expect(await t.storedEvents()).toHaveLength(0);
    fireEvent.click(screen.getByRole('radio', { name: /Quality/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Raise andon' }));
    await screen.findByText(/Quality andon raised/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel call' }));
    expect(await screen.findByText('No open andon calls at this station.')).toBeTruthy();
    expect((await t.storedEvents()).map((e) => e.type)).toEqual(['andon.raised', 'andon.cancelled']);
  });
});
