import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { andonKinds, newEventId, type AndonKind } from '../../domain';
import { signal } from '../../platform/feedback/feedback';
import { useFeedback } from '../../stores/feedbackStore';
import { usePlant } from '../../stores/plantStore';
import { useDirtyForm } from '../../stores/workInProgressStore';
import { useServices } from '../../app/servicesContext';
import { useRecordEvent } from '../scan/useRecordEvent';
import { kindIcons } from './andonLabels';

/** Kind, reason (from master data) and an optional note; one press raises the call. */
export function RaiseAndonForm({ station }: { station: string }) {
  const { t } = useTranslation();
  const { now } = useServices();
  const noteId = useId();
  const reasons = usePlant((s) => s.master?.andonReasons) ?? [];
  const record = useRecordEvent();
  const show = useFeedback((s) => s.show);
  const [kind, setKind] = useState<AndonKind | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  useDirtyForm(noteId, kind !== null || note.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!kind) return show('error', 'andon.kindNeeded');
    const andon = `AN-${newEventId(now())}`;
    const saved = await record('andon.raised', { andon, station, kind, ...(reason ? { reason } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
    if (!saved.ok) {
      show(saved.outcome.kind, saved.outcome.key, saved.outcome.values);
      signal('error');
      return;
    }
    show('success', 'andon.raisedDone', { kind: t(`andon.kinds.${kind}`) });
    signal('success');
    setKind(null);
    setReason('');
    setNote('');
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-label={t('andon.raiseTitle')}>
      <fieldset className="choice-grid">
        <legend>{t('andon.kind')}</legend>
        {andonKinds.map((k) => (
          <label key={k} className={`choice choice--${k}`}>
            <input type="radio" name="andon-kind" value={k} checked={kind === k} onChange={() => {
                setKind(k);
                setReason('');
              }} />
            <span aria-hidden="true">{kindIcons[k]}</span> {t(`andon.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind && (
        <fieldset className="choice-grid">
          <legend>{t('andon.reason')}</legend>
          {reasons
            .filter((r) => r.kind === kind && !r.retired)
            .map((r) => (
              <label key={r.id} className="choice">
                <input type="radio" name="andon-reason" value={r.id} checked={reason === r.id} onChange={() => setReason(r.id)} />
                {r.name}
              </label>
            ))}
        </fieldset>
      )}
      <div className="form-row">
        <label htmlFor={noteId}>{t('andon.note')}</label>
        <textarea id={noteId} value={note} maxLength={500} rows={2} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button--andon">
        {t('andon.raise')}
      </button>
    </form>
  );
}
