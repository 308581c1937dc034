import { useTranslation } from 'react-i18next';
import type { ProductionReport } from '../../domain';

/** This shift's reports at the station; each can be corrected (a new event), never edited. */
export function ReportList({ reports, onCorrect }: { reports: readonly ProductionReport[]; onCorrect: (report: ProductionReport) => void }) {
  const { t, i18n } = useTranslation();
  if (reports.length === 0) return <p>{t('production.noReports')}</p>;
  const time = (ms: number) => new Date(ms).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <table className="queue">
      <caption>{t('production.reportsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('production.time')}</th>
          <th scope="col">{t('production.part')}</th>
          <th scope="col">{t('production.good')}</th>
          <th scope="col">{t('production.scrap')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('production.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id}>
            <td>{time(r.at)}</td>
            <td>{r.part}</td>
            <td>{r.good}</td>
            <td>{r.scrap > 0 ? `${r.scrap} · ${t(`production.scrapReasons.${(r.scrapReason ?? 'other') as 'other'}`, { defaultValue: r.scrapReason })}` : 0}</td>
            <td>
              <button type="button" className="button--secondary" onClick={() => onCorrect(r)} aria-label={t('production.correctReport', { time: time(r.at), good: r.good, scrap: r.scrap })}>
                {t('production.correct')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
