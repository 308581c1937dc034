/**
 * Camera scanning: the browser's native BarcodeDetector where it exists and knows our formats
 * (fast, hardware-backed on Android), otherwise zxing, loaded on first use.
 */
export type CameraEngine = 'native' | 'zxing';

export interface CameraScan {
  engine: CameraEngine;
  stop: () => void;
}

const nativeFormats = ['code_128', 'qr_code', 'data_matrix'];

interface NativeDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDetector(): Promise<NativeDetector | null> {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const supported = await Detector.getSupportedFormats();
    return nativeFormats.every((f) => supported.includes(f)) ? new Detector({ formats: nativeFormats }) : null;
  } catch {
    return null;
  }
}

function detectLoop(detector: NativeDetector, video: HTMLVideoElement, onText: (text: string) => void): () => void {
  let isRunning = true;
  const tick = async (): Promise<void> => {
    if (!isRunning) return;
    try {
      if (video.readyState >= 2) for (const code of await detector.detect(video)) onText(code.rawValue);
    } catch {
      // A frame the detector cannot read is not an error; the next one may be.
    }
    if (isRunning) setTimeout(() => void tick(), 150);
  };
  void tick();
  return () => {
    isRunning = false;
  };
}

/** Opens the back camera into `video` and reports every decoded text until stopped. */
export async function startCameraScan(video: HTMLVideoElement, onText: (text: string) => void): Promise<CameraScan> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  const stopStream = () => stream.getTracks().forEach((track) => track.stop());
  try {
    const detector = await nativeDetector();
    if (detector) {
      video.srcObject = stream;
      await video.play();
      const stopLoop = detectLoop(detector, video, onText);
      return {
        engine: 'native',
        stop: () => {
          stopLoop();
          stopStream();
        },
      };
    }
    const { decodeWithZxing } = await import('./zxingDecoder');
    const stopZxing = await decodeWithZxing(stream, video, onText);
    return {
      engine: 'zxing',
      stop: () => {
        stopZxing();
        stopStream();
      },
    };
  } catch (error) {
    stopStream();
    throw error;
  }
}

/** True when this browser can open a camera at all (secure context, media devices). */
export function isCameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}
