import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signal } from '../../platform/feedback/feedback';
import { useFeedback } from '../../stores/feedbackStore';
import { usePlant } from '../../stores/plantStore';
import { useDirtyForm } from '../../stores/workInProgressStore';
import { ScanField } from '../../ui/ScanField';
import { Stepper } from '../../ui/Stepper';
import { routeWithLocalPlant, wrongKind } from '../scan/routeScan';
import type { ScanOutcome } from '../scanOutcome';
import { useScanHandler } from '../useScanHandler';
import { syncHandler } from '../scan/syncHandler';
import { foldWip } from '../../domain';
import { locationTotal, type WipMoveDraft } from './decideWipMove';
import { LocationSelect } from './LocationSelect';
import { useWipMove } from './useWipMove';
import { wipLimitMode } from './wipLimitMode';
import { CameraScanner } from '../scan/CameraScanner';

const blank: WipMoveDraft = { from: '', to: '', part: '', qty: 0, lot: '' };

/**
 * A WIP move in four scans: from-location, part (a GS1 label also fills lot and quantity),
 * quantity, to-location. The first location scanned is "from", the next "to".
 */
export function WipMoveScreen() {
  const { t } = useTranslation();
  const ids = { part: useId(), lot: useId() };
  const master = usePlant((s) => s.master);
  const events = usePlant((s) => s.events);
  const [draft, setDraft] = useState(blank);
  const [pending, setPending] = useState<string | null>(null);
  const show = useFeedback((s) => s.show);
  const move = useWipMove();
  const wip = useMemo(() => (master ? foldWip(master, events) : null), [master, events]);
  const locations = master?.locations.filter((l) => !l.retired) ?? [];
  const parts = master?.parts.filter((p) => !p.retired) ?? [];
  useDirtyForm(ids.part, pending !== null || draft.from !== '' || draft.to !== '' || draft.part !== '' || draft.qty > 0);

  const onCode = useScanHandler(
    syncHandler((code): ScanOutcome => {
      const routed = routeWithLocalPlant(code);
      if (!routed.ok) return routed.outcome;
      const s = routed.subject;
      setPending(null);
      if (s.kind === 'location') {
        setDraft((d) => (d.from && d.from !== s.location.id ? { ...d, to: s.location.id } : { ...d, from: s.location.id }));
        return { kind: 'success', key: 'wip.locationScanned', values: { location: s.location.name } };
      }
      if (s.kind === 'part') {
        setDraft((d) => ({ ...d, part: s.part.id, lot: s.lot ?? d.lot, qty: s.qty ?? d.qty }));
        return { kind: 'success', key: 'wip.partScanned', values: { part: `${s.part.id} ${s.part.name}` } };
      }
      return wrongKind(s, 'part');
    }),
  );

  const submit = async (isConfirmed: boolean) => {
    const result = await move(draft, isConfirmed);
    if (result.status === 'needs-confirmation') {
      setPending(t(result.outcome.key as 'wip.confirmOverLimit', result.outcome.values));
      signal('warning');
      return;
    }
    setPending(null);
    show(result.outcome.kind, result.outcome.key, result.outcome.values);
    signal(result.outcome.kind);
    if (result.status === 'recorded') setDraft(blank);
  };

  const toLocation = locations.find((l) => l.id === draft.to);
  const mode = master ? wipLimitMode(master) : 'warn';
  return (
    <section className="screen" aria-labelledby="wip-title">
      <h1 id="wip-title">{t('wip.title')}</h1>
      <p className="screen__prompt">{t(mode === 'block' ? 'wip.promptBlock' : 'wip.promptWarn')}</p>
      <ScanField label={t('wip.scanLabel')} submitLabel={t('scan.submit')} onCode={onCode} />
      <CameraScanner onCode={onCode} />
      <form
        className="form"
        aria-label={t('wip.formLabel')}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void submit(false);
        }}
      >
        <LocationSelect label={t('wip.from')} value={draft.from} locations={locations} onChange={(from) => setDraft({ ...draft, from })} />
        <div className="form-row">
          <label htmlFor={ids.part}>{t('wip.part')}</label>
          <select id={ids.part} value={draft.part} onChange={(e) => setDraft({ ...draft, part: e.target.value })}>
            <option value="">{t('wip.choose')}</option>
            {parts.map((p) => (
              <option key={p.id} value={p.id}>{`${p.id} ${p.name}`}</option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor={ids.lot}>{t('wip.lot')}</label>
          <input id={ids.lot} value={draft.lot} maxLength={64} autoComplete="off" onChange={(e) => setDraft({ ...draft, lot: e.target.value })} />
        </div>
        <Stepper label={t('wip.qty')} value={draft.qty} onChange={(qty) => setDraft({ ...draft, qty })} />
        <LocationSelect label={t('wip.to')} value={draft.to} locations={locations} onChange={(to) => setDraft({ ...draft, to })} />
        {toLocation && wip && (
          <p className="wip-load" role="status" aria-label={t('wip.loadLabel')}>
            {toLocation.wipLimit !== undefined
              ? t('wip.loadWithLimit', { location: toLocation.name, total: locationTotal(wip, toLocation.id), limit: toLocation.wipLimit })
              : t('wip.load', { location: toLocation.name, total: locationTotal(wip, toLocation.id) })}
          </p>
        )}
        {pending ? (
          <div className="confirm-panel" role="alertdialog" aria-label={t('wip.confirmTitle')}>
            <span aria-hidden="true">⚠</span> <strong>{t('wip.confirmTitle')}</strong>
            <p>{pending}</p>
            <div className="form-actions">
              <button type="button" onClick={() => void submit(true)}>
                {t('wip.moveAnyway')}
              </button>
              <button type="button" className="button--secondary" onClick={() => setPending(null)}>
                {t('wip.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="submit">{t('wip.submit')}</button>
        )}
      </form>
    </section>
  );
}
