"""Settings: appearance and general behaviour, backed by Preferences.

Changes apply when the person presses Save, so they can look around and
cancel without surprise.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.ui import preferences as prefs


class SettingsDialog(QDialog):
    def __init__(self, preferences: prefs.Preferences, parent: QWidget | None = None, *, autostart=None):
        """``autostart``: this system's start-at-login backend
        (:mod:`fibro_desktop.ui.autostart`); without one the switch is not shown."""
        super().__init__(parent)
        self._prefs = preferences
        self._autostart = autostart
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)

        appearance = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(appearance)
        self.theme = QComboBox()
        for value, label in zip(prefs.THEME_CHOICES,
                                (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(self.theme.findData(preferences.get(prefs.THEME)))
        form.addRow(self.tr("&Colours:"), self.theme)

        self.text_scale = QComboBox()
        for value, label in zip(prefs.TEXT_SCALE_CHOICES,
                                (self.tr("Normal"), self.tr("Large"), self.tr("Larger"))):
            self.text_scale.addItem(label, value)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(preferences.get(prefs.TEXT_SCALE))))
        form.addRow(self.tr("&Text size:"), self.text_scale)

        self.reduce_motion = QCheckBox(self.tr("&Reduce motion (no animations)"))
        self.reduce_motion.setChecked(preferences.get(prefs.REDUCE_MOTION))
        form.addRow(self.reduce_motion)
        layout.addWidget(appearance)

        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        self.close_to_tray = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self.close_to_tray.setChecked(preferences.get(prefs.CLOSE_TO_TRAY))
        general_form.addRow(self.close_to_tray)
        self.start_at_login = QCheckBox(self.tr("&Start Fibro Desktop when I log in (quietly, in the tray)"))
        self.start_at_login.setToolTip(self.tr(
            "The break timer is then running from the start of your day. Where there is no tray, "
            "the window starts minimised."))
        self._started_at_login = autostart is not None and autostart.is_enabled()
        self.start_at_login.setChecked(self._started_at_login)
        self.start_at_login.setVisible(autostart is not None)
        general_form.addRow(self.start_at_login)
        layout.addWidget(general)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._prefs.set(prefs.THEME, self.theme.currentData())
        self._prefs.set(prefs.TEXT_SCALE, int(self.text_scale.currentData()))
        self._prefs.set(prefs.REDUCE_MOTION, self.reduce_motion.isChecked())
        self._prefs.set(prefs.CLOSE_TO_TRAY, self.close_to_tray.isChecked())
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
