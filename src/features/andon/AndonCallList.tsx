import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AndonCallView } from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { callLabels, kindIcons, minutes, statusIcons } from './andonLabels';

interface AndonCallListProps {
  calls: readonly AndonCallView[];
  caption: string;
  /** Buttons for a row (acknowledge, resolve, cancel), by the screen that shows the list. */
  actions?: (call: AndonCallView) => ReactNode;
}

/** Andon calls with status, age and escalation tier, each as icon plus words, never colour alone. */
export function AndonCallList({ calls, caption, actions }: AndonCallListProps) {
  const { t } = useTranslation();
  const master = usePlant((s) => s.master);
  return (
    <table className="queue andon-list">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('andon.station')}</th>
          <th scope="col">{t('andon.kind')}</th>
          <th scope="col">{t('andon.status')}</th>
          <th scope="col">{t('andon.age')}</th>
          <th scope="col">{t('andon.tier')}</th>
          {actions && (
            <th scope="col">
              <span className="visually-hidden">{t('andon.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {calls.map((call) => {
          const labels = callLabels(call, master);
          return (
            <tr key={call.andon} className={`andon-list__row andon-list__row--${call.status}${call.tier > 1 ? ' andon-list__row--escalated' : ''}`}>
              <td>{labels.station}</td>
              <td>
                <span aria-hidden="true">{kindIcons[call.kind]} </span>
                {t(`andon.kinds.${call.kind}`)}
                {labels.reason ? ` · ${labels.reason}` : ''}
                {call.note ? ` · “${call.note}”` : ''}
              </td>
              <td>
                <span aria-hidden="true">{statusIcons[call.status]} </span>
                {t(`andon.statuses.${call.status}`)}
              </td>
              <td>{t('queue.minutes', { count: minutes(call.ageMs) })}</td>
              <td>{call.tier > 0 ? t('andon.tierValue', { tier: call.tier, role: t(`roles.${call.notifyRole ?? 'leader'}`) }) : '–'}</td>
              {actions && <td className="andon-list__actions">{actions(call)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
