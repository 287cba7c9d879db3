""""Show words": the phrase being spoken, under the player, on request.

The cues of the session are parsed once when it is opened
(:mod:`fibro_desktop.core.relax.captions`); every position update of the
player then looks up its phrase. Between two phrases the last one stays,
dimmed, so the text does not flicker on and off while the voice pauses.
The phrase is the label's text and its accessible name, so Qt tells a
screen reader when it changes (a name-change event, like a polite live region).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fibro_desktop.core.relax.captions import Cue, cue_at, last_started, parse_vtt
from fibro_desktop.core.relax.library import Session
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.translate import translator

log = logging.getLogger(__name__)

_tr = translator("RelaxCaptions")

#: The phrase's size relative to the body text (which follows the text-size setting).
CAPTION_SCALE = tokens.HEADING_1


class CaptionsView(QWidget):
    """A "Show words" check box and, when it is on, the current phrase.

    ``set_session(session)`` reads the session's captions (or notes that it
    has none); ``show_position(ms)`` is connected to the player's position.
    Signal ``toggled(bool)`` when the person turns the words on or off.
    """

    toggled = Signal(bool)

    def __init__(self, show: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._cues: tuple[Cue, ...] = ()
        self._current: Cue | None = None
        self.toggle = QCheckBox(_tr("Show &words"))
        self.toggle.setToolTip(_tr("Show the words being spoken under the player"))
        self.toggle.setAccessibleDescription(_tr("Shows the words being spoken under the player"))
        self.toggle.setChecked(show)
        self.toggle.toggled.connect(self._on_toggled)
        self.reason = QLabel()
        self.reason.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.text = QLabel()
        self.text.setObjectName("relaxCaption")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._apply_font()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle)
        row.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.SPACE_S)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self._show_cue(None)
        self._update_visibility()

    # -- asking ----------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        """Read ``session``'s captions once; a session without any shows none."""
        self._cues = ()
        if session is not None and session.captions is not None:
            try:
                self._cues = parse_vtt(session.captions.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, ValueError) as error:
                log.warning("captions of %s could not be read: %s", session.key, error)
        if session is None or self._cues:
            why = ""
        elif not session.bundled:
            why = _tr("Your own recordings have no written words.")
        else:
            why = _tr("The words of this session could not be read.")
        self.toggle.setEnabled(not why)
        self.reason.setText(why)
        self.reason.setVisible(bool(why))
        self.toggle.setAccessibleDescription(why or _tr("Shows the words being spoken under the player"))
        self._current = None
        self._show_cue(None)
        self._update_visibility()

    def show_position(self, position_ms: int) -> None:
        """Show the phrase at ``position_ms`` (the last one, dimmed, between phrases)."""
        if not self._cues:
            return
        cue = last_started(self._cues, position_ms)
        self._show_cue(cue, dimmed=cue_at(self._cues, position_ms) is None)

    # -- telling ---------------------------------------------------------------
    def shown_text(self) -> str:
        """The phrase a person sees now ("" when the words are off or none)."""
        return self.text.text() if self.text.isVisibleTo(self) else ""

    def dimmed(self) -> bool:
        return self.text.foregroundRole() == QPalette.ColorRole.PlaceholderText

    # -- inside ------------------------------------------------------------------
    def _show_cue(self, cue: Cue | None, dimmed: bool = False) -> None:
        role = QPalette.ColorRole.PlaceholderText if dimmed else QPalette.ColorRole.WindowText
        if self.text.foregroundRole() != role:
            self.text.setForegroundRole(role)
        if cue is self._current and cue is not None:
            return
        self._current = cue
        # QLabel.setText tells assistive technology the name changed (no fixed
        # accessible name is set, so the name is the phrase).
        self.text.setText(cue.text if cue is not None else "")

    def _on_toggled(self, on: bool) -> None:
        self._update_visibility()
        self.toggled.emit(on)

    def _update_visibility(self) -> None:
        self.text.setVisible(self.toggle.isChecked() and self.toggle.isEnabled())

    def _apply_font(self) -> None:
        # The app font is the body text, which follows the text-size setting.
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * CAPTION_SCALE)
        if self.text.font().pointSizeF() == font.pointSizeF():
            return
        self.text.setFont(font)
        # Under the app's style sheet a re-polish resets fonts set in code;
        # a size in the label's own sheet is kept.
        self.text.setStyleSheet(f"font-size: {font.pointSizeF():.2f}pt;")
        # Two lines reserved, so the player does not jump as phrases change length.
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 2 + tokens.SPACE_S)

    def event(self, event: QEvent) -> bool:
        # A text-size change sets the app font and a new style sheet
        # (ui/theme.py); under a style sheet Qt re-polishes widgets (StyleChange)
        # instead of sending them ApplicationFontChange.
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self._apply_font()
        return super().event(event)
