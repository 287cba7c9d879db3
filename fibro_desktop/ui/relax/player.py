"""One QObject per audio device: wraps QMediaPlayer + QAudioOutput.

Widgets never touch QtMultimedia; they call this object and listen to its
typed signals. Importing this module imports QtMultimedia, so only the Relax
page (built when its tab is first opened) imports it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudio, QAudioOutput, QMediaDevices, QMediaPlayer

PLAYING, PAUSED, STOPPED = "playing", "paused", "stopped"


def perceptual_to_linear(volume: float) -> float:
    """A slider's perceptual volume (0-1, sounds even) to a linear amplitude."""
    return QAudio.convertVolume(max(0.0, min(1.0, volume)), QAudio.VolumeScale.LogarithmicVolumeScale,
                                QAudio.VolumeScale.LinearVolumeScale)


def output_available() -> bool:
    """True if the system offers at least one audio output device."""
    return bool(QMediaDevices.audioOutputs())


class AudioPlayer(QObject):
    """Plays one file at a time.

    Signals: ``state_changed(str)`` (``playing``, ``paused``, ``stopped``),
    ``position_changed(int)`` and ``duration_changed(int)`` in milliseconds,
    ``loaded()`` when a file is ready, ``ended()`` when a file played to its
    end, ``failed(str)`` with Qt's error text (the page words it for people).

    The volume has two parts: the person's choice (perceptual, 0-1) and a
    fade factor (perceptual, 0-1) used by the sleep timer; what is sent to
    the device is their product converted to a linear amplitude.
    """

    state_changed = Signal(str)
    position_changed = Signal(int)
    duration_changed = Signal(int)
    loaded = Signal()
    ended = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, loop: bool = False):
        super().__init__(parent)
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        if loop:
            self._player.setLoops(QMediaPlayer.Loops.Infinite)
        self._volume = 0.8
        self._fade = 1.0
        self._unfade_on_play = False
        self._pending_seek: int | None = None
        self._awaiting_load = False
        self._seen_loading = False
        self._apply_volume()
        self._player.playbackStateChanged.connect(self._on_state)
        self._player.positionChanged.connect(lambda ms: self.position_changed.emit(int(ms)))
        self._player.durationChanged.connect(lambda ms: self.duration_changed.emit(int(ms)))
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)

    # -- asking --------------------------------------------------------------
    def load(self, path: Path, start_ms: int = 0) -> None:
        """Open ``path`` (stopped); playback starts at ``start_ms`` once loaded."""
        self._pending_seek = start_ms if start_ms > 0 else None
        # Right after a new source is set, Qt may still report "loaded" for
        # the old one; only a LoadedMedia after LoadingMedia is the new file's.
        self._awaiting_load = True
        self._seen_loading = False
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def unload(self) -> None:
        self._awaiting_load = False
        self._player.stop()
        self._player.setSource(QUrl())

    def play(self) -> None:
        if self._unfade_on_play:
            self._unfade_on_play = False
            self.set_fade(1.0)
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def stop(self) -> None:
        self._player.stop()

    def toggle(self) -> None:
        self.pause() if self.state() == PLAYING else self.play()

    def seek(self, position_ms: int) -> None:
        duration = self.duration()
        position_ms = max(0, position_ms)
        if duration > 0:
            position_ms = min(position_ms, duration - 1)
        self._player.setPosition(int(position_ms))

    def skip(self, delta_ms: int) -> None:
        """Move by ``delta_ms`` (e.g. +/-15000), clamped to the file."""
        self.seek(self.position() + delta_ms)

    def set_volume(self, perceptual: float) -> None:
        """The person's volume, 0-1 on a perceptual scale."""
        self._volume = max(0.0, min(1.0, perceptual))
        self._apply_volume()

    def set_fade(self, factor: float) -> None:
        """Fade factor 0-1 (perceptual) applied on top of the volume."""
        self._fade = max(0.0, min(1.0, factor))
        self._apply_volume()

    def unfade_on_next_play(self) -> None:
        """Keep the fade as it is until the next :meth:`play`, then restore it.

        Pausing is not instant: Qt's audio thread still hands the sound server
        what it has decoded. Restoring the volume at once after a fade to
        silence let that be heard as a short blip (issue 21).
        """
        self._unfade_on_play = True

    def _apply_volume(self) -> None:
        self._output.setVolume(perceptual_to_linear(self._volume * self._fade))

    # -- telling -------------------------------------------------------------
    def state(self) -> str:
        return {QMediaPlayer.PlaybackState.PlayingState: PLAYING,
                QMediaPlayer.PlaybackState.PausedState: PAUSED}.get(self._player.playbackState(), STOPPED)

    def position(self) -> int:
        return int(self._player.position())

    def duration(self) -> int:
        return int(self._player.duration())

    def volume(self) -> float:
        return self._volume

    def fade(self) -> float:
        return self._fade

    def source(self) -> Path | None:
        url = self._player.source()
        return Path(url.toLocalFile()) if url.isValid() and not url.isEmpty() else None

    # -- Qt's signals, translated -------------------------------------------
    def _on_state(self, _state) -> None:
        self.state_changed.emit(self.state())

    def _on_status(self, status) -> None:
        status_enum = QMediaPlayer.MediaStatus
        if status == status_enum.LoadingMedia:
            self._seen_loading = True
        elif status == status_enum.LoadedMedia:
            if not (self._awaiting_load and self._seen_loading):
                return
            self._awaiting_load = False
            if self._pending_seek is not None:
                self._player.setPosition(self._pending_seek)
                self._pending_seek = None
            self.loaded.emit()
        elif status == status_enum.EndOfMedia:
            self.ended.emit()
        elif status == status_enum.InvalidMedia:
            self.failed.emit(self._player.errorString() or "invalid media")

    def _on_error(self, error, text: str = "") -> None:
        if error != QMediaPlayer.Error.NoError:
            self.failed.emit(text or self._player.errorString())
