"""The game's small synthesizer: oscillators, envelopes, filters and a room, all numpy.

Every sound is a float64 array of samples at RATE, mono, made only from numbers (a seeded
generator for noise), so the same sources always render the very same samples.
"""

from __future__ import annotations

from collections.abc import Callable

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


# Silence the FFT filters work over past a signal's end, so that what rings past it does not
# wrap round into its start (an FFT filters a signal as if it were a loop).
_PADDING = seconds(0.05)


def _filtered(signal: Signal, gain_at: Callable[[Signal], Signal]) -> Signal:
    """`signal` through a filter given by its gain at each frequency (Hz), by FFT."""
    count = len(signal) + _PADDING
    freqs = np.fft.rfftfreq(count, 1 / RATE)
    return np.fft.irfft(np.fft.rfft(signal, count) * gain_at(freqs), count)[: len(signal)]


def band(signal: Signal, low: float, high: float) -> Signal:
    """Only the frequencies between low and high (Hz), with soft edges."""

    def gain_at(freqs: Signal) -> Signal:
        gain = np.ones_like(freqs)
        if low > 0:
            gain *= 1 / (1 + (low / np.maximum(freqs, 1e-3)) ** 4)
        if high > 0:
            gain *= 1 / (1 + (freqs / high) ** 4)
        return gain

    return _filtered(signal, gain_at)


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


# ITU-R BS.1770's K-weighting as two biquads (defined at 48 kHz, so their response is read
# at f / 48000): a shelf of +4 dB over the presence band, and a high-pass under 60 Hz.
_K_STAGES = (
    (
        (1.53512485958697, -2.69169618940638, 1.19839281085285),
        (1.0, -1.69065929318241, 0.73248077421585),
    ),
    ((1.0, -2.0, 1.0), (1.0, -1.99004745483398, 0.99007225036621)),
)
_BLOCK, _HOP = seconds(0.4), seconds(0.1)  # the standard's gating blocks, 75% overlapped


def _k_gain(freqs: Signal) -> Signal:
    z = np.exp(-2j * np.pi * freqs / 48000)
    gain = np.ones_like(freqs)
    for (b0, b1, b2), (a0, a1, a2) in _K_STAGES:
        gain = gain * np.abs((b0 + b1 * z + b2 * z * z) / (a0 + a1 * z + a2 * z * z))
    return gain


def loudness(signal: Signal, whole: bool) -> float:
    """How loud it sounds, in LUFS (BS.1770, mono). `whole`: over all of it, gated as the
    standard gates (for loops); else its loudest 400 ms (for a sound that comes and goes),
    or all of it if it is shorter than that."""
    power = _filtered(signal, _k_gain) ** 2
    if len(power) <= _BLOCK:
        blocks = np.array([power.mean()])
    else:
        starts = range(0, len(power) - _BLOCK + 1, _HOP)
        blocks = np.array([power[start : start + _BLOCK].mean() for start in starts])
    levels = -0.691 + 10 * np.log10(blocks + 1e-20)
    if not whole:
        return float(levels.max())
    heard = blocks[levels > -70]
    relative = -0.691 + 10 * np.log10(heard.mean() + 1e-20) - 10
    return float(-0.691 + 10 * np.log10(blocks[(levels > -70) & (levels > relative)].mean()))


def leveled(signal: Signal, lufs: float, ceiling: float, whole: bool) -> Signal:
    """Scaled to sound `lufs` loud (see loudness), unless that would take its loudest sample
    past `ceiling`: then only as loud as the ceiling lets it be, and never clipped."""
    loudest = float(np.max(np.abs(signal)))
    if loudest == 0:
        return signal
    gain = 10 ** ((lufs - loudness(signal, whole)) / 20)
    return signal * min(gain, ceiling / loudest)


def pcm16(signal: Signal) -> np.ndarray:
    return np.round(np.clip(signal, -1.0, 1.0) * 32767).astype(np.int16)
