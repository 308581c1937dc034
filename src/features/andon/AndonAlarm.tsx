import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MasterUser } from '../../domain';
import { signal } from '../../platform/feedback/feedback';
import { usePlant } from '../../stores/plantStore';
import { alarmingCalls, alarmKey, useAlarmStore } from './alarmStore';
import { callLabels, minutes } from './andonLabels';
import { useAndonView } from './useAndonView';

const REPEAT_MS = 15_000;


/**
 * The andon alarm on every tablet of the responsible role: driven by the ladder on this device's
 * clock (no server needed), banner plus a repeating alarm sound until silenced or answered.
 */
export function AndonAlarm({ role }: { role: MasterUser['role'] }) {
  const { t } = useTranslation();
  const { view } = useAndonView(5_000);
  const master = usePlant((s) => s.master);
  const silenced = useAlarmStore((s) => s.silenced);
  const silence = useAlarmStore((s) => s.silence);
  const calls = alarmingCalls(view?.open ?? [], role, silenced);
  const keys = calls.map((c) => alarmKey(c.andon, c.tier)).join(',');

  useEffect(() => {
    if (!keys) return;
    const sound = () => signal('error');
    sound();
    const timer = setInterval(sound, REPEAT_MS);
    return () => clearInterval(timer);
  }, [keys]);

  if (calls.length === 0) return null;
  return (
    <div className="andon-alarm" role="alert" aria-label={t('alarm.label')}>
      <span className="andon-alarm__icon" aria-hidden="true">
        ⚠
      </span>
      <ul className="andon-alarm__list">
        {calls.map((c) => {
          const labels = callLabels(c, master);
          return (
            <li key={c.andon}>
              {t('alarm.call', {
                station: labels.station,
                kind: t(`andon.kinds.${c.kind}`),
                reason: labels.reason,
                tier: c.tier,
                minutes: minutes(c.ageMs),
              })}
            </li>
          );
        })}
      </ul>
      <Link href="/leader" className="andon-alarm__open">
        {t('alarm.open')}
      </Link>
      <button type="button" onClick={() => silence(calls.map((c) => alarmKey(c.andon, c.tier)))}>
        {t('alarm.silence')}
      </button>
    </div>
  );
}
