import { useId, useState, type FormEvent } from 'react';
import { ownScanInputAttribute } from '../platform/wedge/useWedgeScanner';
import { useDirtyForm } from '../stores/workInProgressStore';

interface ScanFieldProps {
  label: string;
  submitLabel: string;
  onCode: (code: string) => void;
  autoFocus?: boolean;
}

/** The visible fallback to a scanner: type a code and press Enter or the button. */
export function ScanField({ label, submitLabel, onCode, autoFocus = false }: ScanFieldProps) {
  const id = useId();
  const [value, setValue] = useState('');
  useDirtyForm(id, value.trim() !== ''); // a half-typed code holds back an app update
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const code = value.trim();
    setValue('');
    onCode(code);
  };
  return (
    <form className="scan-field" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div className="scan-field__row">
        <input
          id={id}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus={autoFocus}
          {...{ [ownScanInputAttribute]: '' }}
        />
        <button type="submit">{submitLabel}</button>
      </div>
    </form>
  );
}
