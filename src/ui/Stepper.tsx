import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface StepperProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  max?: number;
}

/** A big counter for gloved hands: ±1 and ±10 buttons around a number field that can also be typed. */
export function Stepper({ label, value, onChange, max = 100_000 }: StepperProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (next: number) => onChange(Math.max(0, Math.min(max, Math.round(Number.isFinite(next) ? next : 0))));
  const step = (delta: number, text: string) => (
    <button type="button" className="stepper__button" aria-label={t('stepper.change', { label, delta: text })} onClick={() => set(value + delta)}>
      {text}
    </button>
  );
  return (
    <div className="stepper" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id} className="stepper__label">
        {label}
      </label>
      <div className="stepper__row">
        {step(-10, '−10')}
        {step(-1, '−1')}
        <input id={id} className="stepper__value" type="number" inputMode="numeric" min={0} max={max} value={value} onChange={(e) => set(e.target.valueAsNumber)} />
        {step(1, '+1')}
        {step(10, '+10')}
      </div>
    </div>
  );
}
