import { useTranslation } from 'react-i18next';
import { usePlant } from '../../stores/plantStore';
import { QueueTable } from '../../ui/QueueTable';
import { queueRows } from '../kanban/queueRows';
import { useKanbanView } from '../kanban/useKanbanView';

/** The material handler's list of cards to replenish, oldest first, from every tablet of the site. */
export function ReplenishmentQueueScreen() {
  const { t } = useTranslation();
  const master = usePlant((s) => s.master);
  const kanban = useKanbanView();
  const rows = master && kanban ? queueRows(kanban, master) : [];
  return (
    <section className="screen" aria-labelledby="handler-title">
      <h1 id="handler-title">{t('handler.title')}</h1>
      <p className="screen__prompt">{t('handler.prompt')}</p>
      <p className="screen__count">{t('handler.count', { count: rows.length })}</p>
      {rows.length === 0 ? <p>{t('handler.empty')}</p> : <QueueTable rows={rows} caption={t('handler.title')} />}
    </section>
  );
}
