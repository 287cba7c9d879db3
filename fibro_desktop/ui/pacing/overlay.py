"""Strict mode's calm full-screen overlay: one cover on every screen.

While a micro or movement break runs in strict mode, every screen
(``QGuiApplication.screens()``) shows a quiet cover with the countdown and
the exercise. Esc and closing the window do nothing until the break ends;
the one way out is "I need my screen", which ends the break as skipped
(an urgent call, a screen share that cannot wait). A recovery break
("Spasm now") is never covered: the quick log must stay reachable.

It only shows what the driver says: it appears on ``break_started`` when
strict mode is on, and goes as soon as the status is no longer a break.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from fibro_desktop.core.pacing import State, Status
from fibro_desktop.core.pacing.exercises import Exercise
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.pacing import texts
from fibro_desktop.ui.pacing.driver import PacingDriver


class Cover(QWidget):
    """The cover of one screen. Ignores Esc and close requests until
    :meth:`release`; the driver's status decides when it goes."""

    def __init__(self, on_need_screen) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self._released = False
        self.setAccessibleName(self.tr("Break, full screen"))
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 80, 80, 80)
        layout.setSpacing(18)
        layout.addStretch(2)
        self.title = QLabel()
        self.countdown = QLabel()
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.exercise = QLabel()
        self.exercise.setTextFormat(Qt.TextFormat.RichText)
        self.exercise.setWordWrap(True)
        for label, scale in ((self.title, 2.0), (self.countdown, 3.0), (self.exercise, 1.3)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(3)
        self.need_screen_button = QPushButton(self.tr("I need my &screen"))
        self.need_screen_button.setToolTip(self.tr("Ends this break now; it counts as skipped"))
        self.need_screen_button.setAutoDefault(False)
        big_target(self.need_screen_button)
        self.need_screen_button.clicked.connect(on_need_screen)
        layout.addWidget(self.need_screen_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def release(self) -> None:
        """Let the cover close (the break is over)."""
        self._released = True
        self.close()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc-proof until the break ends
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._released:
            super().closeEvent(event)
        else:
            event.ignore()


class StrictOverlay(QObject):
    """Covers every screen during a strict break; see the module docstring."""

    def __init__(self, driver: PacingDriver, preferences: prefs.Preferences, parent: QObject | None = None):
        super().__init__(parent)
        self._driver = driver
        self._prefs = preferences
        self.covers: list[Cover] = []
        self._watching = False
        driver.break_started.connect(self.show_break)
        driver.status_changed.connect(self._on_status)

    def is_shown(self) -> bool:
        return bool(self.covers)

    def show_break(self, kind: str, exercise: Exercise | None) -> None:
        if kind == "recovery" or not self._prefs.get(prefs.PACING_STRICT):
            self._close()
            return
        if not self.covers:
            for screen in QGuiApplication.screens():
                cover = Cover(self._need_screen)
                cover.setGeometry(screen.geometry())
                self.covers.append(cover)
        text = ""
        if exercise is not None:
            steps = "".join(f"<li>{html.escape(texts.exercise_text(step))}</li>" for step in exercise.steps)
            text = f"<b>{html.escape(texts.exercise_text(exercise.title))}</b><ol>{steps}</ol>"
        for cover in self.covers:
            cover.title.setText(texts.break_title(kind))
            cover.exercise.setText(text)
            cover.exercise.setVisible(bool(text))
            cover.showFullScreen()
        self.covers[0].activateWindow()
        self.covers[0].setFocus()
        self._driver.covering = True
        if not self._watching:
            self._watching = True
            self._driver.watch(True)
        self._on_status(self._driver.status())

    def _on_status(self, status: Status) -> None:
        if not self.covers:
            return
        if status.state != State.ON_BREAK or status.break_kind == "recovery":
            self._close()
            return
        left = self.tr("%1 left").replace("%1", texts.countdown(status.break_left_s))
        for cover in self.covers:
            cover.countdown.setText(left)

    def _need_screen(self) -> None:
        self._driver.need_screen()
        self._close()

    def _close(self) -> None:
        covers, self.covers = self.covers, []
        self._driver.covering = False
        for cover in covers:
            cover.release()
            cover.deleteLater()
        if self._watching:
            self._watching = False
            self._driver.watch(False)
