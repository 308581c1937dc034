import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoStationCodes } from '../../domain';
import { useSession } from '../../stores/sessionStore';
import { renderTablet, type TabletHarness } from '../../test/renderTablet';
import { FeedbackBanner } from '../../ui/FeedbackBanner';
import { ProductionScreen } from './ProductionScreen';
import { useTabletStation } from './stationStore';

let tablet: TabletHarness | null = null;
afterEach(async () => {
  await tablet?.db.close();
  tablet = null;
  useTabletStation.setState({ station: null });
});

async function renderProduction(station: string | null = 'L1-10') {
  useTabletStation.setState({ station });
  tablet = await renderTablet(
    <>
      <FeedbackBanner />
      <ProductionScreen />
    </>,
  );
  useSession.setState({ userId: 'u-anna' });
  return tablet;
}

const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const feedbackKind = () => screen.getByTestId('feedback').getAttribute('data-kind');

describe('ProductionScreen', () => {
  it('asks once for the station, by tap or by scanning its code, and remembers it on the tablet', async () => {
    await renderProduction(null);
    expect(screen.getByRole('heading', { name: 'Which station is this tablet at?' })).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Station code' });
    fireEvent.change(field, { target: { value: demoStationCodes['L1-20'] } });
    fireEvent.submit(field.closest('form')!);
    expect(await screen.findByText('Station: Welding (L1-20)')).toBeTruthy();
    expect(useTabletStation.getState().station).toBe('L1-20');
    click('Change station');
    click('Pressing (L1-10)');
    expect(await screen.findByText('Station: Pressing (L1-10)')).toBeTruthy();
  });

  it('reports good and scrap with the steppers and a scrap reason, stored before it is confirmed', async () => {
    const t = await renderProduction();
    click('Good +10');
    click('Good +10');
    click('Good +1');
    click('Scrap +1');
    click('Scrap +1');
    click('Report');
    await waitFor(() => expect(feedbackKind()).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain('Choose a scrap reason. Nothing was recorded.');
    expect(await t.storedEvents()).toHaveLength(0);

    fireEvent.click(screen.getByRole('radio', { name: 'Surface defect' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Work order (optional)' }), { target: { value: 'WO-77' } });
    click('Report');
    expect(await screen.findByText(/Reported at Pressing: 21 good, 2 scrap \(Surface defect\) — P1001/)).toBeTruthy();
    const [event] = await t.storedEvents();
    expect(event).toMatchObject({
      type: 'production.reported',
      actor: 'u-anna',
      payload: { station: 'L1-10', part: 'P1001', good: 21, scrap: 2, scrapReason: 'surface', workOrder: 'WO-77' },
    });
    const table = screen.getByRole('table', { name: "This shift's reports at this station" });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('status', { name: 'This shift at this station' }).textContent).toContain('21 good, 2 scrap');
  });

  it('corrects a report with a new event that references it, never an edit', async () => {
    const t = await renderProduction();
    click('Good +10');
    click('Report');
    await screen.findByText(/Reported at Pressing: 10 good/);
    click(/Correct the report of .* \(10 good, 0 scrap\)/);
    expect(screen.getByRole('form', { name: 'Correct a report' })).toBeTruthy();
    click('Good −1');
    click('Save correction');
    expect(await screen.findByText(/Correction saved at Pressing: now 9 good, 0 scrap/)).toBeTruthy();
    const [reported, corrected] = await t.storedEvents();
    expect(corrected).toMatchObject({ type: 'production.corrected', payload: { corrects: reported!._id, good: 9, scrap: 0 } });
    await waitFor(() => expect(screen.getByRole('status', { name: 'This shift at this station' }).textContent).toContain('9 good'));
  });

  it('refuses an empty report and a code that is neither a station nor a part', async () => {
    const t = await renderProduction();
    click('Report');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Enter at least one good or scrap part.'));
    const field = screen.getByRole('textbox', { name: 'Scan a part label or a station code' });
    fireEvent.change(field, { target: { value: t.master.cards[0]!.id } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('is a kanban card code. Here, scan a station or a part.'));
    expect(await t.storedEvents()).toHaveLength(0);
  });
});
