"""Plays the soft break cue (``core.pacing.chime``) through QtMultimedia.

QtMultimedia is heavy, so it is imported on the first cue only (never at
start-up, and never if the person leaves the cue off). The WAV is written
once to a temporary file that lives as long as the player.
"""

from __future__ import annotations

from PySide6.QtCore import QDir, QObject, QTemporaryFile, QUrl

from fibro_desktop.core.pacing.chime import chime_wav


class ChimePlayer(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._file: QTemporaryFile | None = None
        self.effect = None

    def play(self) -> None:
        """Start the cue (returns at once; the sound plays on its own)."""
        if self.effect is None:
            from PySide6.QtMultimedia import QSoundEffect

            self._file = QTemporaryFile(QDir.tempPath() + "/fibro-chime-XXXXXX.wav", self)
            if not self._file.open():
                return
            self._file.write(chime_wav())
            self._file.flush()
            self.effect = QSoundEffect(self)
            self.effect.setSource(QUrl.fromLocalFile(self._file.fileName()))
            self.effect.setVolume(0.6)
        self.effect.play()
