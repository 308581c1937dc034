import { useTranslation } from 'react-i18next';
import { useFeedback } from '../stores/feedbackStore';

const icons = { success: '✔', warning: '⚠', error: '✖' } as const;

/** Big colour-plus-icon-plus-words confirmation, readable at arm's length and never colour alone. */
export function FeedbackBanner() {
  const { t } = useTranslation();
  const message = useFeedback((s) => s.message);
  const clear = useFeedback((s) => s.clear);
  if (!message) return null;
  const text = t(message.key as 'feedback.success', message.values);
  return (
    <div
      className={`feedback feedback--${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
      aria-live={message.kind === 'error' ? 'assertive' : 'polite'}
      data-testid="feedback"
      data-kind={message.kind}
      key={message.serial}
    >
      <span className="feedback__icon" aria-hidden="true">
        {icons[message.kind]}
      </span>
      <div className="feedback__body">
        <strong className="feedback__title">{t(`feedback.${message.kind}`)}</strong>
        <span className="feedback__text">{text}</span>
      </div>
      <button type="button" className="feedback__dismiss" onClick={clear}>
        {t('feedback.dismiss')}
      </button>
    </div>
  );
}
