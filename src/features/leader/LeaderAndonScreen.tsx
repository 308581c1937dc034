import { useTranslation } from 'react-i18next';
import { usePlant } from '../../stores/plantStore';
import { ScanField } from '../../ui/ScanField';
import { callLabels } from '../andon/andonLabels';
import { AndonCallList } from '../andon/AndonCallList';
import { useAndonView } from '../andon/useAndonView';
import { useRecordWithFeedback } from '../scan/useRecordWithFeedback';
import { useScanHandler } from '../useScanHandler';
import { ResolveCall } from './ResolveCall';
import { useArriveByStation } from './useArriveByStation';
import { CameraScanner } from '../scan/CameraScanner';

/** Open andon calls, oldest first: acknowledge, show up (scan the station), resolve. */
export function LeaderAndonScreen() {
  const { t } = useTranslation();
  const { view } = useAndonView();
  const record = useRecordWithFeedback();
  const onCode = useScanHandler(useArriveByStation());
  const master = usePlant((s) => s.master);
  const open = view?.open ?? [];
  return (
    <section className="screen" aria-labelledby="leader-title">
      <h1 id="leader-title">{t('leader.title')}</h1>
      <p className="screen__prompt">{t('leader.prompt')}</p>
      <ScanField label={t('leader.scanLabel')} submitLabel={t('scan.submit')} onCode={onCode} />
      <CameraScanner onCode={onCode} />
      {open.length === 0 ? (
        <p>{t('leader.noOpenCalls')}</p>
      ) : (
        <AndonCallList
          calls={open}
          caption={t('leader.openCalls')}
          actions={(call) => (
            <>
              {call.status === 'raised' && (
                <button type="button" aria-label={t('leader.acknowledgeAt', { station: callLabels(call, master).station })} onClick={() => void record('andon.acknowledged', { andon: call.andon }, { kind: 'success', key: 'leader.acknowledged', values: {} })}>
                  {t('leader.acknowledge')}
                </button>
              )}
              <ResolveCall
                station={callLabels(call, master).station}
                onResolve={(note) =>
                  void record('andon.resolved', { andon: call.andon, ...(note ? { note } : {}) }, { kind: 'success', key: 'leader.resolved', values: {} })
                }
              />
            </>
          )}
        />
      )}
    </section>
  );
}
