import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/servicesContext';
import { usePlant } from '../../stores/plantStore';
import { QueueTable } from '../../ui/QueueTable';
import { ScanField } from '../../ui/ScanField';
import { useNow } from '../../ui/useNow';
import { useKanbanView } from '../kanban/useKanbanView';
import { useScanHandler } from '../useScanHandler';
import { groupQueue } from './groupQueue';
import { HandlerStep } from './HandlerStep';
import { useHandlerScan } from './useHandlerScan';
import { CameraScanner } from '../scan/CameraScanner';

/** The material handler's run: the queue by supermarket and route, most urgent first; scan to pick and deliver. */
export function ReplenishmentQueueScreen() {
  const { t } = useTranslation();
  const { now } = useServices();
  useNow(30_000);
  const master = usePlant((s) => s.master);
  const kanban = useKanbanView();
  const onCode = useScanHandler(useHandlerScan());
  const groups = master && kanban ? groupQueue(kanban, master) : [];
  const count = groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <section className="screen" aria-labelledby="handler-title">
      <h1 id="handler-title">{t('handler.title')}</h1>
      <p className="screen__prompt">{t('replenish.prompt')}</p>
      <HandlerStep now={now()} />
      <ScanField label={t('replenish.scanLabel')} submitLabel={t('scan.submit')} onCode={onCode} />
      <CameraScanner onCode={onCode} />
      <p className="screen__count">{t('handler.count', { count })}</p>
      {count === 0 ? (
        <p>{t('handler.empty')}</p>
      ) : (
        groups.map((g) => (
          <QueueTable key={`${g.supermarket}|${g.route}`} rows={g.rows} caption={t('replenish.group', { supermarket: g.supermarket, route: g.route })} />
        ))
      )}
    </section>
  );
}
