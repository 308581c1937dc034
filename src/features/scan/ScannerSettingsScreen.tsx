import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlant } from '../../stores/plantStore';
import { useFeedback } from '../../stores/feedbackStore';
import { ScanField } from '../../ui/ScanField';
import type { ScanOutcome } from '../scanOutcome';
import { useScanHandler } from '../useScanHandler';
import { syncHandler } from './syncHandler';
import { routeScan } from './routeScan';
import { useScanSettings } from './scanSettingsStore';
import { CameraScanner } from './CameraScanner';

function TextSetting({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} maxLength={8} autoComplete="off" spellCheck={false} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** Per-tablet scanner setup (prefix, suffix, GS stand-in) and a test field that shows how a code is read. */
export function ScannerSettingsScreen() {
  const { t } = useTranslation();
  const settings = useScanSettings();
  const [draft, setDraft] = useState({ wedgePrefix: settings.wedgePrefix, wedgeSuffix: settings.wedgeSuffix, gsSubstitute: settings.gsSubstitute });
  const show = useFeedback((s) => s.show);
  const onTest = useScanHandler(
    syncHandler((code): ScanOutcome => {
      const master = usePlant.getState().master;
      if (!master) return { kind: 'error', key: 'errors.no-plant-data', values: {} };
      const routed = routeScan(code, master);
      return routed.ok ? { kind: 'success', key: 'scanSettings.testResult', values: { kind: routed.subject.kind, code: routed.subject.code } } : routed.outcome;
    }),
  );
  const save = (event: FormEvent) => {
    event.preventDefault();
    settings.update(draft);
    show('success', 'scanSettings.saved');
  };
  return (
    <section className="screen" aria-labelledby="scanner-title">
      <h1 id="scanner-title">{t('scanSettings.title')}</h1>
      <p className="screen__prompt">{t('scanSettings.intro')}</p>
      <form className="form" onSubmit={save}>
        <TextSetting label={t('scanSettings.prefix')} value={draft.wedgePrefix} onChange={(v) => setDraft({ ...draft, wedgePrefix: v })} />
        <TextSetting label={t('scanSettings.suffix')} value={draft.wedgeSuffix} onChange={(v) => setDraft({ ...draft, wedgeSuffix: v })} />
        <TextSetting label={t('scanSettings.gsSubstitute')} value={draft.gsSubstitute} onChange={(v) => setDraft({ ...draft, gsSubstitute: v })} />
        <p>{t('scanSettings.reloadNote')}</p>
        <button type="submit">{t('scanSettings.save')}</button>
      </form>
      <h2>{t('scanSettings.test')}</h2>
      <ScanField label={t('scanSettings.testLabel')} submitLabel={t('scan.submit')} onCode={onTest} />
      <CameraScanner onCode={onTest} />
    </section>
  );
}
