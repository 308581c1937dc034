import { useTranslation } from 'react-i18next';
import { usePlant } from '../../stores/plantStore';
import { freshContext, useHandlerContext } from './handlerContext';

/** Says where the handler is and what the next scan will do, so a scan is never a surprise. */
export function HandlerStep({ now }: { now: number }) {
  const { t } = useTranslation();
  const master = usePlant((s) => s.master);
  const stored = useHandlerContext();
  const ctx = freshContext(stored, now);
  const location = ctx.location ? master?.locations.find((l) => l.id === ctx.location?.id) : undefined;
  let text = t('replenish.stepIdle');
  if (ctx.card) text = t('replenish.stepCard', { card: ctx.card.id });
  else if (location?.kind === 'supermarket') text = t('replenish.stepSupermarket', { location: location.name });
  else if (location) text = t('replenish.stepLine', { location: location.name });
  const hasContext = ctx.card !== null || location !== undefined;
  return (
    <div className="step-panel" role="status" aria-label={t('replenish.stepLabel')}>
      <span className="step-panel__icon" aria-hidden="true">
        {ctx.card ? '▦' : location ? '◉' : '▶'}
      </span>
      <span className="step-panel__text">{text}</span>
      {hasContext && (
        <button type="button" className="button--secondary" onClick={stored.clear}>
          {t('replenish.clearStep')}
        </button>
      )}
    </div>
  );
}
