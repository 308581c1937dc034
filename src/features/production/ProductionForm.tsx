import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/servicesContext';
import type { ProductionReport } from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { useFeedback } from '../../stores/feedbackStore';
import { useDirtyForm } from '../../stores/workInProgressStore';
import { ScanField } from '../../ui/ScanField';
import { Stepper } from '../../ui/Stepper';
import { routeWithLocalPlant, wrongKind } from '../scan/routeScan';
import type { ScanOutcome } from '../scanOutcome';
import { useScanHandler } from '../useScanHandler';
import { syncHandler } from '../scan/syncHandler';
import { partsForStation, scrapReasons } from './productionChoices';
import { ReportList } from './ReportList';
import { StationHeader } from './StationPicker';
import { useTabletStation } from './stationStore';
import { useReportProduction } from './useReportProduction';
import { useStationProduction } from './useStationProduction';
import { CameraScanner } from '../scan/CameraScanner';

const blank = { good: 0, scrap: 0, scrapReason: '', workOrder: '' };

export function ProductionForm({ station }: { station: string }) {
  const { t } = useTranslation();
  const { now } = useServices();
  const ids = { part: useId(), wo: useId() };
  const master = usePlant((s) => s.master);
  const { planned, others } = master ? partsForStation(master, station, now()) : { planned: [], others: [] };
  const [part, setPart] = useState(planned[0]?.id ?? others[0]?.id ?? '');
  const [entry, setEntry] = useState(blank);
  const [correcting, setCorrecting] = useState<ProductionReport | null>(null);
  const { totals, reports } = useStationProduction(station);
  const report = useReportProduction();
  const show = useFeedback((s) => s.show);
  const setStation = useTabletStation((s) => s.setStation);
  // Numbers typed but not reported hold back an app update (it would reload the page and lose them).
  useDirtyForm(ids.part, correcting !== null || entry.good + entry.scrap > 0 || entry.workOrder !== '');

  const onCode = useScanHandler(
    syncHandler((code): ScanOutcome => {
      const routed = routeWithLocalPlant(code);
      if (!routed.ok) return routed.outcome;
      const s = routed.subject;
      if (s.kind === 'station') {
        setStation(s.station.id);
        return { kind: 'success', key: 'station.chosen', values: { station: s.station.name } };
      }
      if (s.kind !== 'part') return wrongKind(s, 'stationOrPart');
      setPart(s.part.id);
      return { kind: 'success', key: 'production.partChosen', values: { part: `${s.part.id} ${s.part.name}` } };
    }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (entry.good + entry.scrap === 0) return show('error', 'production.nothingToReport');
    if (entry.scrap > 0 && !entry.scrapReason) return show('error', 'production.reasonNeeded');
    const ok = await report({ station, part: correcting?.part ?? part, ...entry }, correcting?.id ?? null);
    if (ok) {
      setEntry(blank);
      setCorrecting(null);
    }
  };

  const startCorrection = (r: ProductionReport) => {
    setCorrecting(r);
    setEntry({ good: r.good, scrap: r.scrap, scrapReason: r.scrapReason ?? '', workOrder: r.workOrder ?? '' });
  };

  return (
    <>
      <StationHeader />
      {totals && (
        <p className="totals" role="status" aria-label={t('production.shiftTotals')}>
          {t('production.totals', { good: totals.good, scrap: totals.scrap, plan: Math.round(totals.planToDate) })}
        </p>
      )}
      <ScanField label={t('production.scanLabel')} submitLabel={t('scan.submit')} onCode={onCode} />
      <CameraScanner onCode={onCode} />
      <form className="form" onSubmit={(e) => void submit(e)} aria-label={correcting ? t('production.correctTitle') : t('production.reportTitle')}>
        {correcting ? (
          <p className="notice">{t('production.correcting', { part: correcting.part, good: correcting.good, scrap: correcting.scrap })}</p>
        ) : (
          <div className="form-row">
            <label htmlFor={ids.part}>{t('production.part')}</label>
            <select id={ids.part} value={part} onChange={(e) => setPart(e.target.value)}>
              {planned.length > 0 && (
                <optgroup label={t('production.plannedParts')}>
                  {planned.map((p) => (
                    <option key={p.id} value={p.id}>{`${p.id} ${p.name}`}</option>
                  ))}
                </optgroup>
              )}
              <optgroup label={t('production.otherParts')}>
                {others.map((p) => (
                  <option key={p.id} value={p.id}>{`${p.id} ${p.name}`}</option>
                ))}
              </optgroup>
            </select>
          </div>
        )}
        {!correcting && (
          <div className="form-row">
            <label htmlFor={ids.wo}>{t('production.workOrder')}</label>
            <input id={ids.wo} value={entry.workOrder} maxLength={64} autoComplete="off" onChange={(e) => setEntry({ ...entry, workOrder: e.target.value })} />
          </div>
        )}
        <Stepper label={t('production.good')} value={entry.good} onChange={(good) => setEntry({ ...entry, good })} />
        <Stepper label={t('production.scrap')} value={entry.scrap} onChange={(scrap) => setEntry({ ...entry, scrap })} />
        {entry.scrap > 0 && (
          <fieldset className="choice-grid">
            <legend>{t('production.scrapReason')}</legend>
            {scrapReasons.map((r) => (
              <label key={r} className="choice">
                <input type="radio" name="scrap-reason" value={r} checked={entry.scrapReason === r} onChange={() => setEntry({ ...entry, scrapReason: r })} />
                {t(`production.scrapReasons.${r}`)}
              </label>
            ))}
          </fieldset>
        )}
        <div className="form-actions">
          <button type="submit">{correcting ? t('production.saveCorrection') : t('production.submit')}</button>
          {correcting && (
            <button type="button" className="button--secondary" onClick={() => {
                setCorrecting(null);
                setEntry(blank);
              }}>
              {t('production.cancelCorrection')}
            </button>
          )}
        </div>
      </form>
      <ReportList reports={reports} onCorrect={startCorrection} />
    </>
  );
}
