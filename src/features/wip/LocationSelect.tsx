import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MasterLocation } from '../../domain';

/** Pick a location by touch or keyboard, as an alternative to scanning its code. */
export function LocationSelect({ label, value, locations, onChange }: { label: string; value: string; locations: readonly MasterLocation[]; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('wip.choose')}</option>
        {locations.map((l) => (
          <option key={l.id} value={l.id}>
            {l.wipLimit !== undefined ? t('wip.locationWithLimit', { name: l.name, limit: l.wipLimit }) : l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
