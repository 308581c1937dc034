import { useTranslation } from 'react-i18next';
import { usePlant } from '../../stores/plantStore';
import { QueueTable } from '../../ui/QueueTable';
import { ScanField } from '../../ui/ScanField';
import { useScanHandler } from '../useScanHandler';
import { queueRows } from './queueRows';
import { useKanbanView } from './useKanbanView';
import { usePullCard } from './usePullCard';
import { CameraScanner } from '../scan/CameraScanner';

/** The operator's kanban screen: scan (or type) an empty container's card to pull it. */
export function OperatorPullScreen({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const master = usePlant((s) => s.master);
  const kanban = useKanbanView();
  const pullCard = usePullCard(userId);
  const onCode = useScanHandler(pullCard);
  const rows = master && kanban ? queueRows(kanban, master) : [];
  return (
    <section className="screen" aria-labelledby="operator-title">
      <h1 id="operator-title">{t('operator.title')}</h1>
      <p className="screen__prompt">{t('operator.prompt')}</p>
      <ScanField label={t('scan.cardLabel')} submitLabel={t('scan.submit')} onCode={onCode} />
      <CameraScanner onCode={onCode} />
      {rows.length === 0 ? <p>{t('operator.noOpenPulls')}</p> : <QueueTable rows={rows} caption={t('operator.openPulls')} />}
    </section>
  );
}
