import { useTranslation } from 'react-i18next';
import { usePlant } from '../../stores/plantStore';
import { ScanField } from '../../ui/ScanField';
import { routeWithLocalPlant, wrongKind } from '../scan/routeScan';
import type { ScanOutcome } from '../scanOutcome';
import { useScanHandler } from '../useScanHandler';
import { syncHandler } from '../scan/syncHandler';
import { useTabletStation } from './stationStore';
import { CameraScanner } from '../scan/CameraScanner';

/** Asked once per tablet: which station is this? Tap it or scan the station's code. */
export function StationPicker() {
  const { t } = useTranslation();
  const master = usePlant((s) => s.master);
  const setStation = useTabletStation((s) => s.setStation);
  const onCode = useScanHandler(
    syncHandler((code): ScanOutcome => {
      const routed = routeWithLocalPlant(code);
      if (!routed.ok) return routed.outcome;
      if (routed.subject.kind !== 'station') return wrongKind(routed.subject, 'station');
      setStation(routed.subject.station.id);
      return { kind: 'success', key: 'station.chosen', values: { station: routed.subject.station.name } };
    }),
  );
  const stations = master?.stations.filter((s) => !s.retired) ?? [];
  return (
    <section className="station-picker" aria-labelledby="station-picker-title">
      <h2 id="station-picker-title">{t('station.pickTitle')}</h2>
      <p className="screen__prompt">{t('station.pickPrompt')}</p>
      <div className="choice-grid">
        {stations.map((s) => (
          <button key={s.id} type="button" className="choice" onClick={() => setStation(s.id)}>
            {t('station.option', { name: s.name, id: s.id })}
          </button>
        ))}
      </div>
      <ScanField label={t('station.scanLabel')} submitLabel={t('scan.submit')} onCode={onCode} />
      <CameraScanner onCode={onCode} />
    </section>
  );
}

/** The chosen station, with a way to change it (a tablet moved to another station). */
export function StationHeader() {
  const { t } = useTranslation();
  const station = useTabletStation((s) => s.station);
  const setStation = useTabletStation((s) => s.setStation);
  const name = usePlant((s) => s.master?.stations.find((x) => x.id === station)?.name ?? station ?? '');
  return (
    <p className="station-header">
      <span>{t('station.current', { name, id: station ?? '' })}</span>
      <button type="button" className="button--secondary" onClick={() => setStation(null)}>
        {t('station.change')}
      </button>
    </p>
  );
}
