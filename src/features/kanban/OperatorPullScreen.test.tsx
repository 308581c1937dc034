import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeGembaCode } from '../../domain';
import { renderTablet, type TabletHarness } from '../../test/renderTablet';
import { FeedbackBanner } from '../../ui/FeedbackBanner';
import { OperatorPullScreen } from './OperatorPullScreen';

let tablet: TabletHarness | null = null;
afterEach(async () => {
  await tablet?.db.close();
  tablet = null;
});

async function renderOperator() {
  tablet = await renderTablet(
    <>
      <FeedbackBanner />
      <OperatorPullScreen userId="u-anna" />
    </>,
  );
  return tablet;
}

function typeCode(code: string) {
  const field = screen.getByRole('textbox', { name: 'Card code' });
  fireEvent.change(field, { target: { value: code } });
  fireEvent.submit(field.closest('form')!);
}

describe('OperatorPullScreen', () => {
  it('records a pull in IndexedDB, confirms it, and lists the card as pulled', async () => {
    const t = await renderOperator();
    const card = t.master.cards[0]!.id;
    typeCode(card);
    expect(await screen.findByText(`Card ${card} pulled — P1001 Hex bolt M8x30`)).toBeTruthy();
    expect(screen.getByTestId('feedback').getAttribute('data-kind')).toBe('success');
    const stored = await t.storedEvents();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ type: 'kanban.pulled', actor: 'u-anna', site: 'demo', device: 'T-TEST', payload: { card } });
    expect(await t.db.outbox.count().exec()).toBe(1);
    const table = screen.getByRole('table', { name: 'Open pulls on this line, waiting for delivery' });
    expect(table.textContent).toContain(card);
    expect(table.textContent).toContain('Pulled');
  });

  it('refuses an unknown card with a translated error and records nothing', async () => {
    const t = await renderOperator();
    const unknown = makeGembaCode('card', '9999-1');
    typeCode(unknown);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Card ${unknown} is not known at this site. Nothing was recorded.`);
    expect(await t.storedEvents()).toHaveLength(0);
    expect(await t.db.outbox.count().exec()).toBe(0);
    expect(screen.getByText('No open pulls.')).toBeTruthy();
  });

  it('warns, and still records, when the same card is pulled twice', async () => {
    const t = await renderOperator();
    const card = t.master.cards[1]!.id;
    typeCode(card);
    await screen.findByText(new RegExp(`Card ${card} pulled`));
    typeCode(card);
    await waitFor(() => expect(screen.getByTestId('feedback').getAttribute('data-kind')).toBe('warning'));
    expect(screen.getByTestId('feedback').textContent).toContain('already pulled');
    expect(await t.storedEvents()).toHaveLength(2);
  });
});
