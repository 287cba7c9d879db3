"""Checks of ``--smoke-test`` that matter most for a frozen build: the
bundled resources are all there, sound works, and charts draw.

A PyInstaller build can look fine and still miss files: the ``resources/``
folder, Qt's SVG image plugin (the icon would be blank), the libraries the
FFmpeg multimedia plugin links against (the app would then run without
sound, logging "No QtMultimedia backends found"), numpy's compiled parts
that pyqtgraph needs, or (Linux) parts of the trimmed ICU data that Qt uses
for sorting and case mapping. These checks catch each.

QtMultimedia and pyqtgraph are imported only inside these functions, which
run only under ``--smoke-test``, never at start-up.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, QUrl

from fibro_desktop.resources import resources_root

#: Files the app cannot do without, relative to ``resources/``.
REQUIRED_RESOURCES = ("icons/fibro-desktop.svg", "sounds/soundcheck.ogg",
                      # The window icon's pictures (fibro_desktop.app.APP_ICON_SIZES).
                      *(f"icons/fibro-desktop-{size}.png" for size in (16, 24, 32, 48, 64, 128)))
SOUNDCHECK = ("sounds", "soundcheck.ogg")
#: Set to 1 where an audio output is known to exist (the CI null sink):
#: then no audio output is a failure, not a skipped step.
REQUIRE_AUDIO_ENV = "FIBRO_SMOKE_REQUIRE_AUDIO"
#: Longest wait for the sound check to play to its end, in milliseconds.
PLAY_TIMEOUT_MS = 15_000


def check_resources(problems: list[str], notes: list[str], root: Path | None = None) -> None:
    """Every file under ``resources/`` (``root``, default: the app's) can be
    read; the required ones exist; the SVG icon renders (so the SVG image
    plugin is bundled)."""
    if root is None:
        try:
            root = resources_root()
        except FileNotFoundError as exc:
            problems.append(str(exc))
            return
    files = [p for p in root.rglob("*") if p.is_file()]
    unreadable = []
    for path in files:
        try:
            with path.open("rb") as handle:
                handle.read(1)
        except OSError:
            unreadable.append(path.relative_to(root).as_posix())
    if unreadable:
        problems.append(f"resources that cannot be read: {', '.join(sorted(unreadable))}")
    missing = [name for name in REQUIRED_RESOURCES if not (root / name).is_file()]
    if missing:
        problems.append(f"resources missing: {', '.join(missing)}")
    from PySide6.QtGui import QIcon

    icon = QIcon(str(root / "icons" / "fibro-desktop.svg"))
    if "icons/fibro-desktop.svg" not in missing and icon.pixmap(64, 64).isNull():
        problems.append("the SVG app icon does not render (Qt's SVG image plugin is missing?)")
    notes.append(f"{len(files)} resource files found in {root}")


def check_sound(problems: list[str], notes: list[str], environ=os.environ) -> None:
    """A multimedia backend loads, and the sound check plays to its end on
    the default audio output (skipped, with a note, when there is no output
    unless ``FIBRO_SMOKE_REQUIRE_AUDIO=1``)."""
    from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

    player = QMediaPlayer()
    if not player.isAvailable():
        problems.append("no QtMultimedia backend could be loaded, so there would be no sound")
        return
    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        if environ.get(REQUIRE_AUDIO_ENV) == "1":
            problems.append("no audio output device was found")
        else:
            notes.append("multimedia backend loaded; no audio output device here, so playback was skipped")
        return
    try:
        path = resources_root().joinpath(*SOUNDCHECK)
    except FileNotFoundError:
        return  # already reported by check_resources
    if not path.is_file():
        return
    error = play_to_end(player, QAudioOutput(QMediaDevices.defaultAudioOutput()), path)
    if error:
        # Once more with a fresh player: a sound server busy with other
        # programs can drop a stream now and then; twice is a real fault.
        notes.append(f"the sound check's first play failed ({error}); trying once more")
        error = play_to_end(QMediaPlayer(), QAudioOutput(QMediaDevices.defaultAudioOutput()), path)
    if error:
        problems.append(f"the sound check did not play to its end: {error}")
    else:
        notes.append(f"sound check played to its end on {QMediaDevices.defaultAudioOutput().description()!r}")


def play_to_end(player, audio_output, path: Path, timeout_ms: int = PLAY_TIMEOUT_MS) -> str | None:
    """Play ``path`` once through ``audio_output``; ``None`` when it reached
    its end, otherwise why not (error text or "timed out")."""
    from PySide6.QtMultimedia import QMediaPlayer

    loop = QEventLoop()
    outcome: dict[str, str | None] = {"error": "timed out"}

    def on_status(status) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            outcome["error"] = None
            loop.quit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            outcome["error"] = "the file could not be decoded"
            loop.quit()

    def on_error(_error, text: str) -> None:
        outcome["error"] = text or "playback error"
        loop.quit()

    player.setAudioOutput(audio_output)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(on_error)
    QTimer.singleShot(timeout_ms, loop.quit)
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    loop.exec()
    player.stop()
    settle_after_stop()
    return outcome["error"]


#: How long to stay in the event loop after stopping a player (ms).
SETTLE_MS = 400


def settle_after_stop(ms: int = SETTLE_MS) -> None:
    """Let QtMultimedia tear its audio thread's objects down while this
    thread waits in the event loop, which releases the GIL.

    The FFmpeg backend destroys its renderer in its own thread after a
    stop; that destructor calls a virtual of the Python-made QAudioOutput,
    which needs the GIL while Qt holds a signal lock. If this thread meanwhile
    holds the GIL inside a Qt call that wants the same lock (building
    widgets connects signals), both wait forever. Seen here as a smoke test
    that hung once in a few dozen runs, right after the sound check.
    """
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def check_charts(problems: list[str], notes: list[str]) -> None:
    """pyqtgraph (with numpy) imports and draws a line into an image."""
    import pyqtgraph as pg
    from PySide6.QtGui import QColor

    widget = pg.PlotWidget(background="w")
    try:
        widget.resize(200, 150)
        widget.plot([0, 1, 2, 3], [0, 3, 1, 2], pen=pg.mkPen((200, 0, 0), width=4))
        image = widget.grab().toImage()
        red = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                  if (c := QColor(image.pixel(x, y))).red() > 150 and c.green() < 80 and c.blue() < 80)
        if red == 0:
            problems.append("a test chart drew nothing")
        else:
            notes.append(f"a test chart drew (pyqtgraph {pg.__version__})")
    finally:
        widget.deleteLater()


def check_text(problems: list[str], notes: list[str]) -> None:
    """Sorting, case mapping and time zones, which Qt does with ICU on Linux
    (the Linux build ships a trimmed ICU: packaging/linux/trim_icu.py)."""
    from PySide6.QtCore import QByteArray, QCollator, QDateTime, QLocale, QTimeZone

    collator = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    words = sorted(["Zebra", "\u00c4pfel", "Birnen", "apfel"], key=collator.sortKey)
    if words != ["apfel", "\u00c4pfel", "Birnen", "Zebra"]:
        problems.append(f"German words sort wrongly: {words}")
    swedish = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    letters = sorted(["\u00f6", "z", "a", "\u00e5"], key=swedish.sortKey)
    if letters != ["a", "z", "\u00e5", "\u00f6"]:  # Swedish puts å and ö after z
        problems.append(f"Swedish letters sort wrongly: {letters}")
    upper = QLocale(QLocale.Language.Turkish).toUpper("istanbul")
    if upper != "\u0130STANBUL":
        problems.append(f"Turkish upper case is wrong: {upper!r}")
    zone = QTimeZone(QByteArray(b"Europe/Berlin"))
    if not zone.isValid() or not zone.displayName(QDateTime.currentDateTime()):
        problems.append("the time zone Europe/Berlin is unknown or has no name")
    notes.append("sorting, case mapping and time zones work")
