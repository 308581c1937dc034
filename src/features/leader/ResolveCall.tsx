import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirtyForm } from '../../stores/workInProgressStore';

/** Resolve button with an optional note (what was done), recorded on `andon.resolved`. */
export function ResolveCall({ station, onResolve }: { station: string; onResolve: (note: string | undefined) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  useDirtyForm(id, note.trim() !== '');
  return (
    <span className="resolve-call">
      <label htmlFor={id} className="visually-hidden">
        {t('leader.resolveNote', { station })}
      </label>
      <input id={id} value={note} maxLength={500} placeholder={t('leader.resolveNotePlaceholder')} onChange={(e) => setNote(e.target.value)} />
      <button
        type="button"
        className="button--secondary"
        aria-label={t('leader.resolveAt', { station })}
        onClick={() => {
          onResolve(note.trim() === '' ? undefined : note.trim());
          setNote('');
        }}
      >
        {t('leader.resolve')}
      </button>
    </span>
  );
}
