import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent, makeGembaCode, type GembaEvent } from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { useSession } from '../../stores/sessionStore';
import { renderTablet, type TabletHarness } from '../../test/renderTablet';
import { FeedbackBanner } from '../../ui/FeedbackBanner';
import { useHandlerContext } from './handlerContext';
import { ReplenishmentQueueScreen } from './ReplenishmentQueueScreen';

let tablet: TabletHarness | null = null;
afterEach(async () => {
  await tablet?.db.close();
  tablet = null;
  useHandlerContext.getState().clear();
});

async function renderHandler() {
  tablet = await renderTablet(
    <>
      <FeedbackBanner />
      <ReplenishmentQueueScreen />
    </>,
  );
  useSession.setState({ userId: 'u-marco' });
  return tablet;
}

function scan(code: string) {
  const field = screen.getByRole('textbox', { name: 'Card or location code' });
  fireEvent.change(field, { target: { value: code } });
  fireEvent.submit(field.closest('form')!);
}

function pulledBy(t: TabletHarness, card: string): GembaEvent {
  const { site, device, clock } = t.services;
  return makeEvent({ type: 'kanban.pulled', payload: { card }, site, device, actor: 'u-anna' }, clock);
}

const feedbackKind = () => screen.getByTestId('feedback').getAttribute('data-kind');

describe('ReplenishmentQueueScreen', () => {
  it('groups the queue by supermarket and route', async () => {
    const t = await renderHandler();
    act(() => usePlant.getState().addEvents([pulledBy(t, t.master.cards[0]!.id), pulledBy(t, t.master.cards[5]!.id)]));
    const table = await screen.findByRole('table', { name: 'Replenishment queue: Supermarket A → Assembly line 1' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('2 cards waiting')).toBeTruthy();
  });

  it('picks a pulled card at the supermarket, then delivers it with card-then-location', async () => {
    const t = await renderHandler();
    const card = t.master.cards[0]!.id;
    act(() => usePlant.getState().addEvents([pulledBy(t, card)]));
    scan(card);
    expect(await screen.findByText(`Card ${card} picked — P1001 Hex bolt M8x30`)).toBeTruthy();
    scan(card);
    expect(await screen.findByText(`Card ${card} is in your hands. Scan the line location to deliver it.`)).toBeTruthy();
    scan(makeGembaCode('location', 'L1-10-IN'));
    await screen.findByText(new RegExp(`Card ${card} delivered to Pressing line side`));
    expect(feedbackKind()).toBe('success');
    const types = (await t.storedEvents()).map((e) => [e.type, e.payload]);
    expect(types).toEqual([
      ['kanban.picked', { card }],
      ['kanban.delivered', { card, location: 'L1-10-IN' }],
    ]);
    expect(screen.getByText('No cards are waiting.')).toBeTruthy();
  });

  it('delivers with location-then-card, and stays at the location for the next card', async () => {
    const t = await renderHandler();
    const [a, b] = [t.master.cards[0]!.id, t.master.cards[1]!.id];
    act(() => usePlant.getState().addEvents([pulledBy(t, a), pulledBy(t, b)]));
    scan(a);
    await screen.findByText(new RegExp(`Card ${a} picked`));
    scan(makeGembaCode('location', 'L1-10-IN'));
    expect(await screen.findByText('At Pressing line side: scan the cards you deliver here.')).toBeTruthy();
    scan(a);
    await screen.findByText(new RegExp(`Card ${a} delivered to Pressing line side`));
    scan(b);
    await screen.findByText(new RegExp(`Card ${b} delivered to Pressing line side`));
    const stored = await t.storedEvents();
    expect(stored.map((e) => e.type)).toEqual(['kanban.picked', 'kanban.delivered', 'kanban.delivered']);
  });

  it('records, and flags, a card picked without a pull and a delivery to the wrong line side', async () => {
    const t = await renderHandler();
    const card = t.master.cards[0]!.id;
    scan(card);
    await waitFor(() => expect(feedbackKind()).toBe('warning'));
    expect(screen.getByTestId('feedback').textContent).toContain('nobody pulled it');
    scan(card);
    await screen.findByText(/is in your hands/);
    scan(makeGembaCode('location', 'L1-30-IN'));
    await screen.findByText(/but it belongs at Pressing line side/);
    expect(feedbackKind()).toBe('warning');
    expect((await t.storedEvents()).map((e) => e.type)).toEqual(['kanban.picked', 'kanban.delivered']);
  });

  it('refuses a code that is not a card or location, or fails its check, and records nothing', async () => {
    const t = await renderHandler();
    scan(t.master.users[0]!.badge);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`${t.master.users[0]!.badge} is a badge code. Here, scan a kanban card or a location.`);
    scan(']C10109501101530004');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('check digit of GS1 field (01) is wrong'));
    expect(await t.storedEvents()).toHaveLength(0);
  });
});
