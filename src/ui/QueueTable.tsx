import { useTranslation } from 'react-i18next';

export interface QueueRow {
  card: string;
  part: string;
  from: string;
  to: string;
  ageMinutes: number;
  status: 'pulled' | 'picked';
  isOverdue: boolean;
}

/** A replenishment list: one row per card waiting, in the order given. */
export function QueueTable({ rows, caption }: { rows: readonly QueueRow[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="queue">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('queue.card')}</th>
          <th scope="col">{t('queue.part')}</th>
          <th scope="col">{t('queue.from')}</th>
          <th scope="col">{t('queue.to')}</th>
          <th scope="col">{t('queue.age')}</th>
          <th scope="col">{t('queue.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.card} className={row.isOverdue ? 'queue__row--overdue' : undefined}>
            <td className="queue__card">{row.card}</td>
            <td>{row.part}</td>
            <td>{row.from}</td>
            <td>{row.to}</td>
            <td>{t('queue.minutes', { count: row.ageMinutes })}</td>
            <td>
              {t(`queue.${row.status}`)}
              {row.isOverdue ? ` · ⚠ ${t('queue.overdue')}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
