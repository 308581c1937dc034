import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeGembaCode } from '../../domain';
import { renderTablet, type TabletHarness } from '../../test/renderTablet';
import { FeedbackBanner } from '../../ui/FeedbackBanner';
import { ScannerSettingsScreen } from './ScannerSettingsScreen';
import { useScanSettings } from './scanSettingsStore';

let tablet: TabletHarness | null = null;
afterEach(async () => {
  await tablet?.db.close();
  tablet = null;
  useScanSettings.setState({ wedgePrefix: '', wedgeSuffix: '', gsSubstitute: '' });
});

async function renderSettings() {
  tablet = await renderTablet(
    <>
      <FeedbackBanner />
      <ScannerSettingsScreen />
    </>,
  );
  return tablet;
}

/** A hardware scanner: a burst of keys (a few ms apart) ending in Enter, sent to whatever has focus. */
function wedge(text: string) {
  for (const key of [...text, 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

const feedbackText = () => screen.getByTestId('feedback').textContent ?? '';

describe('ScannerSettingsScreen', () => {
  it('keeps prefix, suffix and GS stand-in on this tablet', async () => {
    await renderSettings();
    fireEvent.change(screen.getByRole('textbox', { name: 'Prefix the scanner sends before each code' }), { target: { value: '~' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Suffix the scanner sends before Enter' }), { target: { value: '#' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Character the scanner sends instead of GS (FNC1) in GS1 codes' }), { target: { value: '^' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Scanner settings saved on this tablet.')).toBeTruthy();
    expect(useScanSettings.getState()).toMatchObject({ wedgePrefix: '~', wedgeSuffix: '#', gsSubstitute: '^' });
    expect(JSON.parse(localStorage.getItem('gemba.scan-settings') ?? '{}')).toMatchObject({ state: { wedgePrefix: '~', wedgeSuffix: '#' } });
  });

  it('strips the configured prefix and suffix from a wedge burst and routes the code by what it is', async () => {
    useScanSettings.setState({ wedgePrefix: '~', wedgeSuffix: '#' });
    await renderSettings();
    const location = makeGembaCode('location', 'L1-BUF');
    wedge(`~${location}#`);
    await waitFor(() => expect(feedbackText()).toContain(`Read as: location ${location}`));
  });

  it('ignores the same keys typed at human speed outside a field', async () => {
    await renderSettings();
    const code = makeGembaCode('location', 'SM1');
    for (const key of [...code, 'Enter']) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 60)); // slower than the 50 ms wedge gap
    }
    expect(screen.queryByTestId('feedback')).toBeNull();
  });

  it('puts GS back where the scanner sends its stand-in, so GS1 labels parse', async () => {
    useScanSettings.setState({ gsSubstitute: '^' });
    await renderSettings();
    const field = screen.getByRole('textbox', { name: 'Scan or type a code to see how Gemba reads it' });
    fireEvent.change(field, { target: { value: ']C191P1005^10LOT-1' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(feedbackText()).toContain('Read as: part ]C191P1005<GS>10LOT-1'));
  });
});
