import type { Page } from '@playwright/test';

const keyGapMs = 6;

/**
 * A keyboard-wedge scanner: real key events, each stamped 6 ms after the previous one, as the OS
 * stamps a scanner's keys. The browser's `event.timeStamp` comes from these stamps, so the burst
 * looks the same to the app however busy the test machine is.
 */
export async function emulateScanner(page: Page, code: string): Promise<void> {
  // A session per scan, detached afterwards: a lingering extra session makes Chromium drop
  // Playwright's offline emulation on the next reload.
  const cdp = await page.context().newCDPSession(page);
  try {
    const start = Date.now() / 1000;
    // Sent without waiting for each answer: the browser handles them in order, and the stamps
    // (not the arrival times) are what the page sees.
    const sends = [...code, 'Enter'].flatMap((key, i) => {
      const timestamp = start + (i * keyGapMs) / 1000;
      const base =
        key === 'Enter'
          ? { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' }
          : { key, text: key, unmodifiedText: key, windowsVirtualKeyCode: key.toUpperCase().charCodeAt(0) };
      return [
        cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', timestamp, ...base }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', timestamp: timestamp + 0.001, key: base.key, windowsVirtualKeyCode: base.windowsVirtualKeyCode }),
      ];
    });
    await Promise.all(sends);
  } finally {
    await cdp.detach();
  }
}
