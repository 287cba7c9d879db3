"""Loudness (ITU-R BS.1770-4 integrated LUFS) and true peak, in numpy + scipy.

Used by ``make_voice_audio.py`` to level each session to -19 LUFS with the
true peak at most -1.5 dBTP, and by the tests to check the shipped files.
Checked against ``pyloudnorm`` on the rendered sessions (within 0.1 LU).
"""

from __future__ import annotations

import math

import numpy as np
from scipy import ndimage, signal

TARGET_LUFS = -19.0
PEAK_LIMIT_DBTP = -1.5
_PEAK_AIM_DBTP = -2.5
"""The limiter aims a little under the limit, so encoding cannot push it over."""


def _k_weighting(rate: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The two biquads of the K-weighting pre-filter for any sample rate."""
    # Stage 1: the high shelf modelling the head.
    gain_db, q, fc = 3.999843853973347, 0.7071752369554196, 1681.974450955533
    a_ = 10 ** (gain_db / 40)
    w0 = 2 * math.pi * fc / rate
    alpha = math.sin(w0) / (2 * q)
    cos = math.cos(w0)
    root = 2 * math.sqrt(a_) * alpha
    shelf_b = np.array([a_ * ((a_ + 1) + (a_ - 1) * cos + root),
                        -2 * a_ * ((a_ - 1) + (a_ + 1) * cos),
                        a_ * ((a_ + 1) + (a_ - 1) * cos - root)])
    shelf_a = np.array([(a_ + 1) - (a_ - 1) * cos + root,
                        2 * ((a_ - 1) - (a_ + 1) * cos),
                        (a_ + 1) - (a_ - 1) * cos - root])
    # Stage 2: the RLB high pass.
    q, fc = 0.5003270373238773, 38.13547087602444
    w0 = 2 * math.pi * fc / rate
    alpha = math.sin(w0) / (2 * q)
    cos = math.cos(w0)
    pass_b = np.array([(1 + cos) / 2, -(1 + cos), (1 + cos) / 2])
    pass_a = np.array([1 + alpha, -2 * cos, 1 - alpha])
    return [(shelf_b / shelf_a[0], shelf_a / shelf_a[0]), (pass_b / pass_a[0], pass_a / pass_a[0])]


def integrated_loudness(mono: np.ndarray, rate: int) -> float:
    """Integrated loudness of a mono signal (floats, full scale 1.0) in LUFS."""
    x = np.asarray(mono, dtype=np.float64)
    for b, a in _k_weighting(rate):
        x = signal.lfilter(b, a, x)
    block, step = int(0.4 * rate), int(0.1 * rate)
    if len(x) < block:
        return -math.inf
    squares = np.concatenate([[0.0], np.cumsum(x * x)])
    starts = np.arange(0, len(x) - block + 1, step)
    z = (squares[starts + block] - squares[starts]) / block
    with np.errstate(divide="ignore"):
        levels = -0.691 + 10 * np.log10(z)
    z = z[levels > -70.0]
    if not len(z):
        return -math.inf
    relative = -0.691 + 10 * math.log10(float(np.mean(z))) - 10.0
    with np.errstate(divide="ignore"):
        z = z[-0.691 + 10 * np.log10(z) > relative]
    return -0.691 + 10 * math.log10(float(np.mean(z)))


def _oversampled_peaks(mono: np.ndarray) -> np.ndarray:
    """Per input sample, the largest magnitude of the 4x oversampled signal.

    Done in overlapping blocks so a fifteen-minute session needs little memory.
    """
    x = np.asarray(mono, dtype=np.float64)
    block, pad = 1 << 18, 64
    peaks = np.empty(len(x))
    for start in range(0, len(x), block):
        stop = min(len(x), start + block)
        lead = min(pad, start)
        part = x[start - lead:min(len(x), stop + pad)]
        up = signal.resample_poly(part, 4, 1)[lead * 4:(lead + stop - start) * 4]
        peaks[start:stop] = np.abs(up).reshape(stop - start, 4).max(axis=1)
    return peaks


def true_peak_db(mono: np.ndarray, rate: int) -> float:  # noqa: ARG001 - same shape as loudness
    """The true peak (4x oversampling, as BS.1770 suggests) in dBTP."""
    peak = float(np.max(_oversampled_peaks(mono)))
    return 20 * math.log10(peak) if peak > 0 else -math.inf


def limit(mono: np.ndarray, rate: int, ceiling_db: float = _PEAK_AIM_DBTP) -> np.ndarray:
    """Smoothly lower only the moments whose true peak is above ``ceiling_db``."""
    ceiling = 10 ** (ceiling_db / 20)
    peaks = _oversampled_peaks(mono)
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-12))
    half = max(1, int(0.005 * rate))
    # The minimum over +-5 ms, then a 5 ms average: the average never rises
    # above what each sample needs, and the gain changes without clicks.
    gain = ndimage.minimum_filter1d(need, 2 * half + 1)
    gain = ndimage.uniform_filter1d(gain, half + 1)
    return np.asarray(mono, dtype=np.float64) * gain


def level(mono: np.ndarray, rate: int, target_lufs: float = TARGET_LUFS,
          ceiling_db: float = _PEAK_AIM_DBTP) -> np.ndarray:
    """``mono`` at ``target_lufs`` with its true peak at most ``ceiling_db``.

    Limiting lowers the loudness a little, so gain and limiter alternate; the
    last step is always the limiter (the loudness is then a hair under target).
    """
    x = np.asarray(mono, dtype=np.float64)
    for _round in range(4):
        x = x * 10 ** ((target_lufs - integrated_loudness(x, rate)) / 20)
        x = limit(x, rate, ceiling_db)
    return x
