import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { useSyncStatus } from '../../stores/syncStatusStore';
import { useWorkInProgress } from '../../stores/workInProgressStore';
import { ScanField } from '../../ui/ScanField';
import { UpdateBanner } from './UpdateBanner';
import { useUpdate } from './serviceWorker';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(() => {
  useUpdate.setState({ isUpdateWaiting: false, applyUpdate: null });
  useSyncStatus.setState({ pending: 0, unsaved: 0 });
  useWorkInProgress.setState({ scansInFlight: 0, dirtyForms: new Set() });
});

function waitingUpdate() {
  const applyUpdate = vi.fn();
  useUpdate.setState({ isUpdateWaiting: true, applyUpdate });
  return applyUpdate;
}

const banner = () => screen.getByRole('region', { name: 'App update' });

describe('UpdateBanner', () => {
  it('shows nothing while no new version is waiting', () => {
    render(<UpdateBanner />);
    expect(screen.queryByRole('region', { name: 'App update' })).toBeNull();
  });

  it('applies at once when asked and nothing is at stake', () => {
    const apply = waitingUpdate();
    render(<UpdateBanner />);
    fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('waits for a half-filled form, then asks because records are unsynced, then applies', () => {
    const apply = waitingUpdate();
    useSyncStatus.setState({ pending: 2 });
    render(
      <>
        <UpdateBanner />
        <ScanField label="Card code" submitLabel="Record" onCode={() => undefined} />
      </>,
    );
    fireEvent.change(screen.getByLabelText('Card code'), { target: { value: 'KB-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(banner().textContent).toContain('as soon as you finish');
    expect(apply).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Card code'), { target: { value: '' } });
    expect(banner().textContent).toContain('2 records are still waiting to sync');
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Update anyway' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('waits while a scan is being recorded', () => {
    const apply = waitingUpdate();
    useWorkInProgress.setState({ scansInFlight: 1 });
    render(<UpdateBanner />);
    fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(apply).not.toHaveBeenCalled();
    act(() => useWorkInProgress.setState({ scansInFlight: 0 }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('never reloads over records held in memory because the storage is full', () => {
    const apply = waitingUpdate();
    useSyncStatus.setState({ unsaved: 1 });
    render(<UpdateBanner />);
    fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(screen.getByRole('alert').textContent).toContain('1 record is not saved yet');
    expect(apply).not.toHaveBeenCalled();
  });
});
