import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createHlcClock, demoStationCodes, makeEvent, type GembaEvent } from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { useSession } from '../../stores/sessionStore';
import { renderTablet, type TabletHarness } from '../../test/renderTablet';
import { FeedbackBanner } from '../../ui/FeedbackBanner';
import { AndonAlarm } from '../andon/AndonAlarm';
import { useAlarmStore } from '../andon/alarmStore';
import { LeaderAndonScreen } from './LeaderAndonScreen';

let tablet: TabletHarness | null = null;
afterEach(async () => {
  await tablet?.db.close();
  tablet = null;
  useAlarmStore.setState({ silenced: new Set() });
});

async function renderLeader(role: 'leader' | 'handler' = 'leader') {
  tablet = await renderTablet(
    <>
      <AndonAlarm role={role} />
      <FeedbackBanner />
      <LeaderAndonScreen />
    </>,
  );
  useSession.setState({ userId: role === 'leader' ? 'u-sarah' : 'u-marco' });
  return tablet;
}

function raisedMinutesAgo(t: TabletHarness, minutes: number, kind: 'material' | 'machine', station = 'L1-10'): GembaEvent {
  const clock = createHlcClock('T-OP', () => t.services.now() - minutes * 60_000);
  return makeEvent({ type: 'andon.raised', payload: { andon: `AN-${kind}-${minutes}`, station, kind, reason: kind === 'material' ? 'mat-shortage' : 'mach-breakdown' }, site: 'demo', device: 'T-OP', actor: 'u-anna' }, clock);
}

function scanStation(code: string) {
  const field = screen.getByRole('textbox', { name: 'Station code (scan on arrival)' });
  fireEvent.change(field, { target: { value: code } });
  fireEvent.submit(field.closest('form')!);
}

describe('LeaderAndonScreen', () => {
  it('acknowledges, records arrival by a station scan, and resolves a call', async () => {
    const t = await renderLeader();
    act(() => usePlant.getState().addEvents([raisedMinutesAgo(t, 2, 'machine')]));
    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge andon at Pressing' }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Open andon calls' }).textContent).toContain('Acknowledged'));
    scanStation(demoStationCodes['L1-10']!);
    expect(await screen.findByText('Arrival at Pressing recorded. The escalation clock has stopped.')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Open andon calls' }).textContent).toContain('Responder at station');
    fireEvent.change(screen.getByLabelText('Resolution note for the call at Pressing (optional)'), { target: { value: ' Reset the light curtain ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Resolve andon at Pressing' }));
    expect(await screen.findByText('No open andon calls.')).toBeTruthy();
    const stored = await t.storedEvents();
    expect(stored.map((e) => [e.type, e.actor])).toEqual([
      ['andon.acknowledged', 'u-sarah'],
      ['andon.arrived', 'u-sarah'],
      ['andon.resolved', 'u-sarah'],
    ]);
    expect(stored[2]?.payload).toMatchObject({ note: 'Reset the light curtain' });
  });

  it('refuses an arrival scan at a station with no open call, and a code that is not a station', async () => {
    const t = await renderLeader();
    scanStation(demoStationCodes['L1-30']!);
    expect((await screen.findByRole('alert')).textContent).toContain('There is no open andon call waiting for a responder at Final assembly.');
    scanStation(t.master.cards[0]!.id);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Here, scan a station.'));
    expect(await t.storedEvents()).toHaveLength(0);
  });

  it("alarms the escalated role's tablet, driven by the ladder on this device, until silenced", async () => {
    const t = await renderLeader();
    // Material: tier 1 (handler) at once, tier 2 (leader) after 10 min.
    act(() => usePlant.getState().addEvents([raisedMinutesAgo(t, 4, 'material')]));
    await screen.findByRole('table', { name: 'Open andon calls' });
    expect(screen.queryByRole('alert', { name: 'Andon alarm' })).toBeNull();
    act(() => usePlant.getState().addEvents([raisedMinutesAgo(t, 11, 'material', 'L1-20')]));
    const alarm = await screen.findByRole('alert', { name: 'Andon alarm' });
    expect(alarm.textContent).toContain('Welding: Material Material shortage — escalated to you (tier 2), open 11 min');
    expect(alarm.textContent).not.toContain('Pressing');
    fireEvent.click(screen.getByRole('button', { name: 'Silence alarm' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Andon alarm' })).toBeNull());
  });

  it('stops the alarm when the responder scans in at the station', async () => {
    const t = await renderLeader('handler');
    act(() => usePlant.getState().addEvents([raisedMinutesAgo(t, 1, 'material')]));
    expect((await screen.findByRole('alert', { name: 'Andon alarm' })).textContent).toContain('Pressing: Material');
    scanStation(demoStationCodes['L1-10']!);
    await screen.findByText(/Arrival at Pressing recorded/);
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Andon alarm' })).toBeNull());
  });
});
