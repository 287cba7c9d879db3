"""The break panel: a calm, non-modal window near the tray.

It never takes the whole screen and does not steal the keyboard from the
document being typed (shown without activation); a click or Alt+Tab reaches
it, and every button has a mnemonic. Three modes: a break (countdown and
choices), a notice (a break in a few seconds; take it early), and a reminder
(water or posture). It only shows what the driver says and asks it to act.

A water or posture reminder due with a break is folded into the break's
panel (a line under the exercise, and "I drank a glass" for water). In
strict mode the full-screen overlay (:mod:`overlay`) takes the panel's
place for micro and movement breaks.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPropertyAnimation, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.pacing import State, Status
from fibro_desktop.core.pacing.exercises import Exercise
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.pacing import texts
from fibro_desktop.ui.pacing.driver import PacingDriver

#: Distance from the screen edge, in pixels.
MARGIN = 16


class BreakPanel(QWidget):
    """A small top-level tool window; see the module docstring."""

    #: "Spasm now" was pressed (the wiring opens the quick log).
    spasm_pressed = Signal()

    def __init__(self, driver: PacingDriver, preferences: prefs.Preferences, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self._driver = driver
        self._prefs = preferences
        self._mode = ""
        self._watching = False
        self._chime = None
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Break"))
        self.setAccessibleName(self.tr("Break panel"))
        self.setMinimumWidth(380)
        self.setMaximumWidth(460)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.exercise = QLabel()
        self.exercise.setWordWrap(True)
        self.exercise.setTextFormat(Qt.TextFormat.RichText)
        self.also = QLabel()  # reminders folded into this break
        self.also.setWordWrap(True)
        self.countdown = QLabel()
        count_font = self.countdown.font()
        count_font.setPointSizeF(count_font.pointSizeF() * 1.6)
        self.countdown.setFont(count_font)
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(self.tr("Break progress"))
        for widget in (self.title, self.prompt, self.exercise, self.also, self.countdown, self.progress):
            layout.addWidget(widget)

        self.did_it_button = self._button(self.tr("&I did it"), self._on_did_it)
        self.postpone_button = self._button(self.tr("&Postpone"), self._on_postpone)
        self.skip_button = self._button(self.tr("&Skip"), self._on_skip)
        self.audio_button = self._button(self.tr("Play &warm-up audio"), driver.play_break_audio)
        self.spasm_button = self._button(self.tr("Spasm &now"), self._on_spasm)
        self.take_now_button = self._button(self.tr("&Take it now"), self._on_take_now)
        self.water_button = self._button(self.tr("I drank a &glass"), self._on_water)
        self.close_button = self._button(self.tr("&Close"), self.hide)
        self.spasm_button.setToolTip(self.tr(
            "Turns this into a recovery break, holds desk time and opens the quick log"))
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for button in (self.did_it_button, self.take_now_button, self.water_button, self.postpone_button,
                       self.skip_button):
            row1.addWidget(button)
        for button in (self.audio_button, self.spasm_button, self.close_button):
            row2.addWidget(button)
        layout.addLayout(row1)
        layout.addLayout(row2)

        driver.status_changed.connect(self._on_status)
        # Notices and reminders are routed by the wiring (tray message where
        # the platform shows them, this panel where it does not).
        driver.break_started.connect(self.show_break)
        driver.exercise_changed.connect(self._on_exercise_changed)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        big_target(button)  # large targets for sore hands
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- modes ---------------------------------------------------------------------
    def mode(self) -> str:
        """``break``, ``notice``, ``reminder`` or ``""`` (hidden)."""
        return self._mode if self.isVisible() else ""

    def show_break(self, kind: str, exercise: Exercise | None) -> None:
        if kind != "recovery" and self._prefs.get(prefs.PACING_STRICT):
            self.hide()  # the strict overlay shows this break on every screen
            return
        self._mode = "break"
        self.title.setText(texts.break_title(kind))
        self.prompt.setText(texts.break_prompt(kind))
        self._show_exercise(exercise)
        self._set_buttons(break_mode=True, kind=kind)
        folded = self._driver.status().reminders
        self.also.setText("\n".join(texts.folded_reminder(r) for r in folded))
        self.also.setVisible(bool(folded))
        self.water_button.setVisible("water" in folded)
        self._on_status(self._driver.status())
        self._appear()

    def _show_exercise(self, exercise: Exercise | None) -> None:
        if exercise is not None:
            import html  # here, not at start-up: html.entities is a large table

            # Escaped: the person's own exercises may contain any text.
            steps = "".join(f"<li>{html.escape(texts.exercise_text(step))}</li>" for step in exercise.steps)
            title = html.escape(texts.exercise_text(exercise.title))
            self.exercise.setText(f"<b>{title}</b><ol style='margin: 0'>{steps}</ol>")
        self.exercise.setVisible(exercise is not None)

    def _on_exercise_changed(self, exercise: Exercise | None) -> None:
        if self._mode == "break" and self.isVisible():
            self._show_exercise(exercise)
            self.adjustSize()
            self._place_near_tray()

    def show_notice(self, kind: str) -> None:
        if self._mode == "break" and self.isVisible():
            return
        self._mode = "notice"
        self.title.setText(texts.break_title(kind))
        self.prompt.setText(self.tr("Coming up in a few seconds. Finish your sentence, or take it now."))
        self.exercise.hide()
        self.also.hide()
        self._set_buttons(break_mode=False)
        self.take_now_button.show()
        self._notice_kind = kind
        self._appear()

    def show_reminder(self, kind: str) -> None:
        if self._mode == "break" and self.isVisible():
            return
        self._mode = "reminder"
        title, sentence = texts.reminder_text(kind)
        self.title.setText(title)
        self.prompt.setText(sentence)
        self.exercise.hide()
        self.also.hide()
        self._set_buttons(break_mode=False)
        self.water_button.setVisible(kind == "water")
        self.close_button.setText(self.tr("&Close") if kind != "water" else self.tr("&Not now"))
        self._appear()

    def _set_buttons(self, *, break_mode: bool, kind: str = "") -> None:
        status = self._driver.status()
        self.did_it_button.setVisible(break_mode)
        self.postpone_button.setVisible(break_mode and kind != "recovery")
        self.postpone_button.setEnabled(status.can_postpone)
        self.skip_button.setVisible(break_mode and status.can_skip)
        self.audio_button.setVisible(break_mode and kind in ("movement", "recovery"))
        self.audio_button.setText(self.tr("Play &release audio") if kind == "recovery"
                                  else self.tr("Play &warm-up audio"))
        self.spasm_button.setVisible(break_mode and kind != "recovery")
        self.take_now_button.hide()
        self.water_button.hide()
        self.close_button.setVisible(not break_mode)
        self.countdown.setVisible(break_mode)
        self.progress.setVisible(break_mode)
        postpone_min = max(1, self._prefs.get(prefs.PACING_POSTPONE_MIN))
        self.postpone_button.setText(self.tr("&Postpone %1 min").replace("%1", str(postpone_min)))
        if break_mode:
            self.did_it_button.setDefault(True)

    def _appear(self) -> None:
        self.adjustSize()
        self._place_near_tray()
        if not self.isVisible():
            if not self._prefs.get(prefs.REDUCE_MOTION):
                # A short fade in; skipped entirely when motion is reduced.
                self.setWindowOpacity(0.0)
                self._fade = QPropertyAnimation(self, b"windowOpacity", self)
                self._fade.setDuration(250)
                self._fade.setStartValue(0.0)
                self._fade.setEndValue(1.0)
                self._fade.start()
            else:
                self.setWindowOpacity(1.0)
            self.show()
        if self._mode == "break" and self._prefs.get(prefs.PACING_SOUND_CUE):
            if self._chime is None:
                from fibro_desktop.ui.pacing.sound import ChimePlayer

                self._chime = ChimePlayer(self)
            self._chime.play()
        self._set_watching(self._mode == "break")

    def _place_near_tray(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        x = area.right() - self.width() - MARGIN
        # The tray is at the top on macOS, at the bottom on most other desktops.
        y = area.top() + MARGIN if sys.platform == "darwin" else area.bottom() - self.height() - MARGIN
        self.move(max(area.left(), x), max(area.top(), y))

    def _set_watching(self, on: bool) -> None:
        if on != self._watching:
            self._watching = on
            self._driver.watch(on)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._set_watching(False)
        super().hideEvent(event)

    # -- live -----------------------------------------------------------------------
    def _on_status(self, status: Status) -> None:
        if self._mode != "break" or not self.isVisible():
            return
        if status.state != State.ON_BREAK:
            self.hide()
            return
        self.countdown.setText(self.tr("%1 left").replace("%1", texts.countdown(status.break_left_s)))
        total = max(1, int(status.break_length_s))
        self.progress.setRange(0, total)
        self.progress.setValue(int(total - status.break_left_s))
        self.postpone_button.setEnabled(status.can_postpone)
        # "I did it" counts once most of the break has passed.
        self.did_it_button.setEnabled(status.can_confirm)
        self.did_it_button.setToolTip("" if status.can_confirm else self.tr(
            "Available once most of the break has passed"))

    # -- buttons ----------------------------------------------------------------------
    def _on_did_it(self) -> None:
        self._driver.did_it()
        if self._driver.status().state != State.ON_BREAK:
            self.hide()

    def _on_skip(self) -> None:
        self._driver.skip()
        self.hide()

    def _on_postpone(self) -> None:
        self._driver.postpone()
        self.hide()

    def _on_spasm(self) -> None:
        self._driver.spasm_now(self.tr("Logged from a break (Spasm now)"))
        self.spasm_pressed.emit()

    def _on_take_now(self) -> None:
        self._driver.take_break_now(getattr(self, "_notice_kind", "micro"))

    def _on_water(self) -> None:
        self._driver.water_logged()
        if self._mode == "break":
            self.water_button.hide()  # the break goes on; the glass is counted
        else:
            self.hide()
