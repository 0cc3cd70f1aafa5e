"""The game's small synthesizer: oscillators, envelopes, filters and a room, all numpy.

Every sound is a float64 array of samples at RATE, mono, made only from numbers (a seeded
generator for noise), so the same sources always render the very same samples.
"""

from __future__ import annotations

import numpy as np

RATE = 44100
Signal = np.ndarray


def seconds(duration: float) -> int:
    return max(1, round(duration * RATE))


def clock(count: int) -> Signal:
    return np.arange(count) / RATE


def sine(freq: float | Signal, count: int, phase: float = 0.0) -> Signal:
    """A sine of a fixed frequency, or of one that changes sample by sample (an array)."""
    if isinstance(freq, np.ndarray):
        return np.sin(2 * np.pi * np.cumsum(freq) / RATE + phase)
    return np.sin(2 * np.pi * freq * clock(count) + phase)


def triangle(freq: float, count: int) -> Signal:
    cycle = (freq * clock(count)) % 1.0
    return 4 * np.abs(cycle - 0.5) - 1


def pulse(freq: float | Signal, count: int, harmonics: int = 7) -> Signal:
    """A soft square: its first odd harmonics only, so it never buzzes or aliases."""
    wave = np.zeros(count)
    for k in range(1, 2 * harmonics, 2):
        wave += sine(freq * k, count) / k
    return wave * 0.8


def saw(freq: float, count: int, harmonics: int = 10) -> Signal:
    wave = np.zeros(count)
    for k in range(1, harmonics + 1):
        wave += sine(freq * k, count) * ((-1) ** (k + 1)) / k
    return wave * 0.6


def noise(count: int, rng: np.random.Generator) -> Signal:
    return rng.uniform(-1.0, 1.0, count)


def decay(count: int, time: float) -> Signal:
    """An exponential fall to a thousandth in `time` seconds."""
    return np.exp(-6.9 * clock(count) / max(time, 1e-4))


def envelope(count: int, attack: float, release: float) -> Signal:
    """Rise over `attack` seconds, hold, fall over the last `release` seconds."""
    shape = np.ones(count)
    rise = min(count, seconds(attack))
    fall = min(count, seconds(release))
    shape[:rise] = np.linspace(0.0, 1.0, rise, endpoint=False)
    shape[count - fall :] *= np.linspace(1.0, 0.0, fall)
    return shape


def band(signal: Signal, low: float, high: float) -> Signal:
    """Only the frequencies between low and high (Hz), with soft edges: a filter by FFT."""
    spectrum = np.fft.rfft(signal)
    freqs = np.fft.rfftfreq(len(signal), 1 / RATE)
    gain = np.ones_like(freqs)
    if low > 0:
        gain *= 1 / (1 + (low / np.maximum(freqs, 1e-3)) ** 4)
    if high > 0:
        gain *= 1 / (1 + (freqs / high) ** 4)
    return np.fft.irfft(spectrum * gain, len(signal))


def _feedback(signal: Signal, delay: int, gain: float) -> Signal:
    """y[n] = x[n] + gain * y[n - delay], a block of `delay` samples at a time."""
    out = signal.copy()
    for start in range(delay, len(out), delay):
        end = min(start + delay, len(out))
        out[start:end] += gain * out[start - delay : end - delay]
    return out


def _allpass(signal: Signal, delay: int, gain: float) -> Signal:
    """Schroeder's all-pass: y[n] = -g x[n] + x[n-D] + g y[n-D]."""
    delayed = np.concatenate([np.zeros(delay), signal[:-delay]])
    return _feedback(-gain * signal + delayed, delay, gain)


# Comb and all-pass lengths in milliseconds: mutually prime-ish, so the echoes never line up.
_COMBS = (29.7, 37.1, 41.1, 43.7)
_ALLPASSES = (5.0, 1.7)


def room(signal: Signal, size: float, wet: float) -> Signal:
    """A Schroeder reverb: `size` 0..1 sets how long it rings, `wet` how much is heard."""
    feedback = 0.70 + 0.27 * size
    echoes = np.zeros_like(signal)
    for ms in _COMBS:
        echoes += _feedback(signal, max(1, int(RATE * ms * (1 + size) / 1000)), feedback)
    echoes /= len(_COMBS)
    for ms in _ALLPASSES:
        echoes = _allpass(echoes, max(1, int(RATE * ms / 1000)), 0.7)
    return signal * (1 - wet) + band(echoes, 0, 6000) * wet


def place(target: Signal, sound: Signal, at: int, wrap: bool = False) -> None:
    """Add `sound` into `target` from sample `at`; with wrap, what overruns the end comes in
    at the start (a loop's tail rings on into its beginning)."""
    end = at + len(sound)
    if end <= len(target):
        target[at:end] += sound
        return
    inside = len(target) - at
    target[at:] += sound[:inside]
    if wrap:
        rest = sound[inside:]
        while len(rest):
            take = min(len(rest), len(target))
            target[:take] += rest[:take]
            rest = rest[take:]


def seamless(signal: Signal, overlap: float) -> Signal:
    """A loop with no click: its last `overlap` seconds crossfaded into its first."""
    fade = seconds(overlap)
    body = signal[:-fade].copy()
    ramp = np.linspace(0.0, 1.0, fade)
    body[:fade] = body[:fade] * ramp + signal[-fade:] * (1 - ramp)
    return body


def normalized(signal: Signal, peak: float) -> Signal:
    """Scaled so its loudest sample is `peak` (below 1: never clipped)."""
    loudest = float(np.max(np.abs(signal)))
    return signal * (peak / loudest) if loudest > 0 else signal


def pcm16(signal: Signal) -> np.ndarray:
    return np.round(np.clip(signal, -1.0, 1.0) * 32767).astype(np.int16)
