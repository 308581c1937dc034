// Loaded with a dynamic import() the first time the camera is used, so zxing (~400 kB) stays out of
// the first screen's bundle. The only module allowed to import @zxing (lint enforces it).
import { BrowserMultiFormatReader } from '@zxing/browser';
import { BarcodeFormat, DecodeHintType } from '@zxing/library';

/** Decodes Code 128, QR and DataMatrix continuously from a stream into the preview video. */
export async function decodeWithZxing(stream: MediaStream, video: HTMLVideoElement, onText: (text: string) => void): Promise<() => void> {
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX]],
    // GS1-128: FNC1 in first position becomes the AIM prefix `]C1`, later FNC1s become GS, as a wedge scanner sends them.
    [DecodeHintType.ASSUME_GS1, true],
  ]);
  const reader = new BrowserMultiFormatReader(hints, { delayBetweenScanAttempts: 150, delayBetweenScanSuccess: 800 });
  const controls = await reader.decodeFromStream(stream, video, (result) => {
    if (result) onText(result.getText());
  });
  return () => controls.stop();
}
