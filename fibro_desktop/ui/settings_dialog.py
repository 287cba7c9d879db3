"""Settings: appearance (with the language), general behaviour and the
system-wide "Log a spasm" shortcut, backed by Preferences.

Changes apply when the person presses Save, so they can look around and
cancel without surprise.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QKeySequenceEdit,
    QLabel,
    QWidget,
)

from fibro_desktop.core.hotkey import HotkeyError, parse
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit.check_row import CheckRow
from fibro_desktop.ui.kit.dialog_body import scrolling_body
from fibro_desktop.ui.translations import LANGUAGES


class SettingsDialog(QDialog):
    def __init__(self, preferences: prefs.Preferences, parent: QWidget | None = None,
                 platform: str = sys.platform, *, autostart=None):
        """``autostart``: this system's start-at-login backend
        (:mod:`fibro_desktop.ui.autostart`); without one the switch is not shown."""
        super().__init__(parent)
        self._prefs = preferences
        self._autostart = autostart
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        layout = scrolling_body(self)

        appearance = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(appearance)
        self.theme = QComboBox()
        for value, label in zip(prefs.THEME_CHOICES,
                                (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(self.theme.findData(preferences.get(prefs.THEME)))
        form.addRow(self.tr("&Colours:"), self.theme)

        self.text_scale = QComboBox()
        names = (self.tr("Normal"), self.tr("Large"), self.tr("Larger"), self.tr("Very large"),
                 self.tr("Extra large"), self.tr("Largest"))
        for value, label in zip(prefs.TEXT_SCALE_CHOICES, names):
            # The percentage too, so the choice is plain ("Largest (200 %)").
            self.text_scale.addItem(self.tr("%1 (%2 %)").replace("%1", label).replace("%2", str(value)), value)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(preferences.get(prefs.TEXT_SCALE))))
        form.addRow(self.tr("&Text size:"), self.text_scale)

        self.language = QComboBox()
        for code, name in LANGUAGES:
            # Each language in its own words, so a person can find theirs in any language.
            self.language.addItem(name or self.tr("Follow the system"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.get(prefs.LANGUAGE))))
        form.addRow(self.tr("&Language:"), self.language)
        self.language_note = QLabel(self.tr("A new language applies when you next open Fibro Desktop."))
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)

        # Check boxes whose words wrap: the sentences run long in German and French (issue 20).
        reduce_motion = CheckRow(self.tr("&Reduce motion (no animations)"))
        self.reduce_motion = reduce_motion.box
        self.reduce_motion.setChecked(preferences.get(prefs.REDUCE_MOTION))
        form.addRow(reduce_motion)
        layout.addWidget(appearance)

        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        close_to_tray = CheckRow(self.tr("&Keep running in the tray when the window is closed"))
        self.close_to_tray = close_to_tray.box
        self.close_to_tray.setChecked(preferences.get(prefs.CLOSE_TO_TRAY))
        general_form.addRow(close_to_tray)
        start_at_login = CheckRow(self.tr("&Start Fibro Desktop when I log in (quietly, in the tray)"))
        self.start_at_login = start_at_login.box
        start_at_login.setToolTip(self.tr(
            "The break timer is then running from the start of your day. Where there is no tray, "
            "the window starts minimised."))
        self._started_at_login = autostart is not None and autostart.is_enabled()
        self.start_at_login.setChecked(self._started_at_login)
        start_at_login.setVisible(autostart is not None)
        self.start_at_login.setVisible(autostart is not None)
        general_form.addRow(start_at_login)
        layout.addWidget(general)
        layout.addWidget(self._global_shortcut_box(preferences, platform))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout().addWidget(buttons)

    def _global_shortcut_box(self, preferences: prefs.Preferences, platform: str) -> QGroupBox:
        from fibro_desktop.ui.global_hotkey import unsupported_reason

        box = QGroupBox(self.tr("Log a spasm from any program"))
        form = QFormLayout(box)
        global_shortcut = CheckRow(self.tr("&Use a keyboard shortcut that works in every program"))
        self.global_shortcut = global_shortcut.box
        self.global_shortcut.setChecked(preferences.get(prefs.JOURNAL_GLOBAL_SHORTCUT))
        form.addRow(global_shortcut)
        self.global_keys = QKeySequenceEdit(QKeySequence(preferences.get(prefs.JOURNAL_GLOBAL_SHORTCUT_KEYS)))
        self.global_keys.setMaximumSequenceLength(1)
        self.global_keys.setClearButtonEnabled(True)
        self.global_keys.setAccessibleName(self.tr("Shortcut keys for logging a spasm"))
        form.addRow(self.tr("S&hortcut:"), self.global_keys)
        self.global_problem = QLabel()
        self.global_problem.setWordWrap(True)
        self.global_problem.setVisible(False)
        form.addRow(self.global_problem)
        reason = unsupported_reason(platform, QGuiApplication.platformName())
        if reason:
            global_shortcut.setEnabled(False)
            self.global_keys.setEnabled(False)
            self.global_problem.setText(reason)
            self.global_problem.setVisible(True)
        else:
            self.global_keys.setEnabled(self.global_shortcut.isChecked())
            self.global_shortcut.toggled.connect(self.global_keys.setEnabled)
        return box

    def _chosen_keys(self) -> str | None:
        """The keys as Qt spells them, or ``None`` (and a message) when unsafe."""
        text = self.global_keys.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        try:
            return parse(text).text()
        except HotkeyError:
            self.global_problem.setText(self.tr(
                "Choose a letter, a digit or F1–F12 with two of Ctrl, Alt and Shift "
                "(for example Ctrl+Alt+L), so it is not pressed by accident."))
            self.global_problem.setVisible(True)
            self.global_keys.setFocus()
            return None

    def accept(self) -> None:
        keys = None
        if self.global_shortcut.isEnabled() and self.global_shortcut.isChecked():
            keys = self._chosen_keys()
            if keys is None:
                return
        self._prefs.set(prefs.THEME, self.theme.currentData())
        self._prefs.set(prefs.LANGUAGE, self.language.currentData())  # read at the next start
        self._prefs.set(prefs.TEXT_SCALE, int(self.text_scale.currentData()))
        if self.reduce_motion.isChecked() != self._prefs.get(prefs.REDUCE_MOTION):
            # The person's own choice from now on, over the system's setting.
            self._prefs.set(prefs.REDUCE_MOTION_FROM_SYSTEM, False)
            self._prefs.set(prefs.REDUCE_MOTION, self.reduce_motion.isChecked())
        self._prefs.set(prefs.CLOSE_TO_TRAY, self.close_to_tray.isChecked())
        if self.global_shortcut.isEnabled():
            if keys is not None:
                self._prefs.set(prefs.JOURNAL_GLOBAL_SHORTCUT_KEYS, keys)
            self._prefs.set(prefs.JOURNAL_GLOBAL_SHORTCUT, self.global_shortcut.isChecked())
        if not self._apply_start_at_login():
            return  # said why; the dialog stays open
        super().accept()

    def _apply_start_at_login(self) -> bool:
        wanted = self.start_at_login.isChecked()
        if self._autostart is None or wanted == self._started_at_login:
            return True
        try:
            self._autostart.enable() if wanted else self._autostart.disable()
        except OSError:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Settings"), self.tr(
                "Starting at login could not be changed: the settings folder of your account "
                "cannot be written to. Everything else was saved."))
            return False
        self._started_at_login = wanted
        return True
