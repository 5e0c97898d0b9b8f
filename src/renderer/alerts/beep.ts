// A short two-tone beep made with WebAudio: no sound file to ship or download. Browsers
// allow audio only after the page was interacted with; before that the beep is silently skipped.
let context: AudioContext | null = null;

export function beep(): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    if (ctx.state === 'suspended') void ctx.resume();
    const gain = ctx.createGain();
    gain.connect(ctx.destination);
    const start = ctx.currentTime;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.5);
    for (const [i, freq] of [880, 660].entries()) {
      const osc = ctx.createOscillator();
      osc.type = 'sine';
      osc.frequency.value = freq;
      osc.connect(gain);
      osc.start(start + i * 0.22);
      osc.stop(start + i * 0.22 + 0.2);
    }
  } catch {
    // No audio device, or audio blocked: the list and the badge still show the alert.
  }
}
