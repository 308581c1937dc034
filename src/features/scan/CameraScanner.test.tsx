import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderTablet, type TabletHarness } from '../../test/renderTablet';
import { FeedbackBanner } from '../../ui/FeedbackBanner';
import { CameraScanner } from './CameraScanner';

// Only the camera is mocked (STYLE.md): the platform module that opens it and decodes frames.
const camera = vi.hoisted(() => ({ onText: null as ((text: string) => void) | null, stop: vi.fn(), fail: null as Error | null }));
vi.mock('../../platform/camera/cameraScanner', () => ({
  isCameraAvailable: () => true,
  startCameraScan: (_video: HTMLVideoElement, onText: (text: string) => void) => {
    if (camera.fail) return Promise.reject(camera.fail);
    camera.onText = onText;
    return Promise.resolve({ engine: 'zxing', stop: camera.stop });
  },
}));

let tablet: TabletHarness | null = null;
beforeEach(() => {
  camera.onText = null;
  camera.fail = null;
  camera.stop.mockClear();
});
afterEach(async () => {
  await tablet?.db.close();
  tablet = null;
});

describe('CameraScanner', () => {
  it('feeds decoded codes into the scan pipeline once per code while it stays in view, and stops the camera', async () => {
    const onCode = vi.fn();
    tablet = await renderTablet(<CameraScanner onCode={onCode} />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    expect(await screen.findByText('Point the camera at the code (software reader).')).toBeTruthy();
    expect(screen.getByLabelText('Camera preview')).toBeTruthy();
    act(() => {
      camera.onText?.('KB-1001-1-13');
      camera.onText?.('KB-1001-1-13');
      camera.onText?.('ST-L1-20-0D');
    });
    expect(onCode.mock.calls).toEqual([['KB-1001-1-13'], ['ST-L1-20-0D']]);
    fireEvent.click(screen.getByRole('button', { name: 'Stop camera', pressed: true }));
    expect(camera.stop).toHaveBeenCalledTimes(1);
    expect(screen.queryByLabelText('Camera preview')).toBeNull();
  });

  it('says why the camera could not start and falls back to the scanner', async () => {
    camera.fail = Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
    tablet = await renderTablet(
      <>
        <FeedbackBanner />
        <CameraScanner onCode={vi.fn()} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The camera could not start (NotAllowedError). Use the scanner or type the code.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Scan with camera', pressed: false })).toBeTruthy());
  });
});
