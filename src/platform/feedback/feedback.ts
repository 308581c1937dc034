// Distinct sounds and vibration so a result is noticed on a noisy floor without looking.
export type FeedbackKind = 'success' | 'warning' | 'error';

const tones: Record<FeedbackKind, { freq: number; durMs: number; repeat: number }> = {
  success: { freq: 1320, durMs: 90, repeat: 1 },
  warning: { freq: 660, durMs: 140, repeat: 2 },
  error: { freq: 220, durMs: 220, repeat: 3 },
};
const vibrations: Record<FeedbackKind, number[]> = { success: [60], warning: [80, 60, 80], error: [200, 80, 200, 80, 200] };

let audio: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  audio ??= new AudioContext();
  return audio;
}

function beep(kind: FeedbackKind): void {
  const ctx = audioContext();
  if (!ctx) return;
  // A tab that was never touched keeps its AudioContext suspended; resuming is best effort.
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  const { freq, durMs, repeat } = tones[kind];
  for (let i = 0; i < repeat; i += 1) {
    const start = ctx.currentTime + (i * durMs * 1.6) / 1000;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = kind === 'error' ? 'square' : 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.25, start);
    gain.gain.exponentialRampToValueAtTime(0.001, start + durMs / 1000);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + durMs / 1000);
  }
}

export function signal(kind: FeedbackKind): void {
  try {
    beep(kind);
  } catch {
    // Sound is a courtesy; the visual confirmation is what the person relies on.
  }
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') navigator.vibrate(vibrations[kind]);
}
