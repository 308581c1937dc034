import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCameraAvailable, startCameraScan, type CameraEngine } from '../../platform/camera/cameraScanner';
import { signal } from '../../platform/feedback/feedback';
import { useFeedback } from '../../stores/feedbackStore';

/** A camera keeps seeing the same code while it is in view; one scan per code per this many ms. */
const REPEAT_GUARD_MS = 3_000;

/**
 * "Scan with camera" for tablets without a hardware scanner. Decoded codes go into the same
 * pipeline as wedge scans and typed codes, so every screen treats them the same way.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [isOn, setIsOn] = useState(false);
  const [engine, setEngine] = useState<CameraEngine | null>(null);
  const show = useFeedback((s) => s.show);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    const element = video.current;
    if (!isOn || !element) return;
    let stop: (() => void) | null = null;
    let isCancelled = false;
    const last = { text: '', at: 0 };
    startCameraScan(element, (text) => {
      const now = Date.now();
      if (text === last.text && now - last.at < REPEAT_GUARD_MS) return;
      last.text = text;
      last.at = now;
      onCodeRef.current(text);
    })
      .then((scan) => {
        if (isCancelled) scan.stop();
        else {
          stop = scan.stop;
          setEngine(scan.engine);
        }
      })
      .catch((error: unknown) => {
        setIsOn(false);
        show('error', 'camera.failed', { reason: error instanceof Error ? error.name || error.message : String(error) });
        signal('error');
      });
    return () => {
      isCancelled = true;
      stop?.();
      setEngine(null);
    };
  }, [isOn, show]);

  if (!isCameraAvailable()) return null;
  return (
    <div className="camera">
      <button type="button" className="button--secondary" aria-pressed={isOn} onClick={() => setIsOn(!isOn)}>
        {isOn ? t('camera.stop') : t('camera.start')}
      </button>
      {isOn && (
        <>
          <video ref={video} muted playsInline aria-label={t('camera.preview')} />
          <p role="status">{engine ? t('camera.scanning', { engine: t(`camera.engines.${engine}`) }) : t('camera.starting')}</p>
        </>
      )}
    </div>
  );
}
