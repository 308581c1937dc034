import { useTranslation } from 'react-i18next';
import { StationHeader, StationPicker } from '../production/StationPicker';
import { useTabletStation } from '../production/stationStore';
import { useRecordWithFeedback } from '../scan/useRecordWithFeedback';
import { AndonCallList } from './AndonCallList';
import { RaiseAndonForm } from './RaiseAndonForm';
import { useAndonView } from './useAndonView';

/** The operator's andon: raise a call for this station and watch it move (acknowledged, arrived, escalated). */
export function AndonScreen() {
  const { t } = useTranslation();
  const station = useTabletStation((s) => s.station);
  const { view } = useAndonView();
  const record = useRecordWithFeedback();
  const calls = view?.calls.filter((c) => c.station === station && c.status !== 'resolved' && c.status !== 'cancelled') ?? [];
  return (
    <section className="screen" aria-labelledby="andon-title">
      <h1 id="andon-title">{t('andon.title')}</h1>
      {!station ? (
        <StationPicker />
      ) : (
        <>
          <StationHeader />
          <RaiseAndonForm station={station} />
          {calls.length === 0 ? (
            <p>{t('andon.noOpenCalls')}</p>
          ) : (
            <AndonCallList
              calls={calls}
              caption={t('andon.stationCalls')}
              actions={(call) =>
                call.status === 'raised' ? (
                  <button type="button" className="button--secondary" onClick={() => void record('andon.cancelled', { andon: call.andon }, { kind: 'success', key: 'andon.cancelledDone', values: {} })}>
                    {t('andon.cancel')}
                  </button>
                ) : null
              }
            />
          )}
        </>
      )}
    </section>
  );
}
