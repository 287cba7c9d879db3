"""Every user preference, declared once with its default, and window state.

Preferences (what the person chose) and window state (where the window was)
live in two separate INI files inside the data folder, so a ``--data-dir``
is self-contained and resetting one never touches the other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from fibro_desktop.store import files

PREFERENCES_FILE = "preferences.ini"
WINDOW_STATE_FILE = "window-state.ini"


class Setting(NamedTuple):
    """A preference: its INI ``key``, its ``default`` and its Python type.
    (A NamedTuple: fifty are made before the first paint; see wiring/feature.py.)"""

    key: str
    default: Any

    @property
    def type(self) -> type:
        return type(self.default)


# Appearance
THEME = Setting("appearance/theme", "system")  # "system", "light" or "dark"
TEXT_SCALE = Setting("appearance/text_scale_percent", 100)  # one of TEXT_SCALE_CHOICES
REDUCE_MOTION = Setting("appearance/reduce_motion", False)
# True while REDUCE_MOTION holds the system's setting, not the person's own choice.
REDUCE_MOTION_FROM_SYSTEM = Setting("appearance/reduce_motion_from_system", False)
#: "system" or a code of ui/translations.LANGUAGES; read at start (ui/translations.saved_choice).
LANGUAGE = Setting("appearance/language", "system")
# App-wide. Not "general": QSettings writes a group of that name as
# "[%General]" and reads it back as "General", so nothing in it survived a
# restart (see _carry_over_general).
WELCOME_SEEN = Setting("app/welcome_seen", False)
CLOSE_TO_TRAY = Setting("app/close_to_tray", True)
CLOSE_TO_TRAY_NOTICE_SHOWN = Setting("app/close_to_tray_notice_shown", False)
NO_TRAY_NOTICE_SHOWN = Setting("app/no_tray_notice_shown", False)  # "minimised, not closed" said once
# Toolkit
RESTOCK_REMINDERS = Setting("toolkit/restock_reminders", True)  # a tray note, at most once a day
HEAT_SOUND = Setting("toolkit/heat_sound", False)  # a soft sound when the heat timer ends
# Journal
JOURNAL_LAST_KIND = Setting("journal/last_kind", "cramp")  # kind the quick log starts on
JOURNAL_CHECKIN_REMINDER = Setting("journal/checkin_reminder", False)  # evening check-in reminder on?
JOURNAL_CHECKIN_REMINDER_TIME = Setting("journal/checkin_reminder_time", "20:00")  # local "HH:MM"
# "Log a spasm" from any program (ui/global_hotkey.py); off until chosen.
JOURNAL_GLOBAL_SHORTCUT = Setting("journal/global_shortcut", False)
JOURNAL_GLOBAL_SHORTCUT_KEYS = Setting("journal/global_shortcut_keys", "Ctrl+Alt+L")
# Pacing (durations in the unit their name says; 0 switches a tier or reminder off)
PACING_ENABLED = Setting("pacing/enabled", True)
PACING_PRESET = Setting("pacing/preset", "standard")  # standard, gentle, flare or custom
PACING_MICRO_EVERY_MIN = Setting("pacing/micro_every_min", 10)
PACING_MICRO_LENGTH_S = Setting("pacing/micro_length_s", 30)
PACING_MOVEMENT_EVERY_MIN = Setting("pacing/movement_every_min", 45)
PACING_MOVEMENT_LENGTH_MIN = Setting("pacing/movement_length_min", 5)
PACING_RECOVERY_LENGTH_MIN = Setting("pacing/recovery_length_min", 10)
PACING_POSTPONE_MIN = Setting("pacing/postpone_min", 5)
PACING_MAX_POSTPONES = Setting("pacing/max_postpones", 3)  # 0 = no limit
PACING_STRICT = Setting("pacing/strict", False)  # no Skip button; a full-screen cover during breaks
PACING_KEEP_BREAKS_WHEN_BUSY = Setting("pacing/keep_breaks_when_busy", False)  # even over fullscreen / DND
PACING_SOUND_CUE = Setting("pacing/sound_cue", False)
PACING_WORK_HOURS_ON = Setting("pacing/work_hours_on", False)
PACING_WORK_START = Setting("pacing/work_start", "09:00")
PACING_WORK_END = Setting("pacing/work_end", "17:00")
PACING_WORK_DAYS = Setting("pacing/work_days", "0,1,2,3,4")  # Monday = 0
PACING_DAILY_LIMIT_MIN = Setting("pacing/daily_limit_min", 0)
PACING_WATER_EVERY_MIN = Setting("pacing/water_every_min", 0)
PACING_POSTURE_EVERY_MIN = Setting("pacing/posture_every_min", 0)
PACING_DISABLED_EXERCISES = Setting("pacing/disabled_exercises", "")  # comma-separated ids
# Older versions kept own exercises here (a JSON list like exercises.json);
# now read once at start and moved into the database (store.own_exercises).
PACING_OWN_EXERCISES = Setting("pacing/own_exercises", "")
PACING_FLARE_HINT_DISMISSED = Setting("pacing/flare_hint_dismissed_day", "")  # YYYY-MM-DD
# Data safety
BACKUP_SECOND_FOLDER = Setting("data_safety/second_folder", "")  # "" = no second copy
#: Why the backup at the last exit failed ("" = it did not), shown at the next start.
BACKUP_EXIT_FAILURE = Setting("data_safety/exit_backup_failure", "")
# Relax
RELAX_VOLUME = Setting("relax/volume_percent", 80)  # perceptual 0-100
RELAX_AMBIENT_VOLUME = Setting("relax/ambient_volume_percent", 40)  # perceptual 0-100
RELAX_ASK_TENSION = Setting("relax/ask_tension", True)
RELAX_PACER_INHALE_S = Setting("relax/pacer_inhale_s", 4)
RELAX_PACER_HOLD_S = Setting("relax/pacer_hold_s", 0)
RELAX_PACER_EXHALE_S = Setting("relax/pacer_exhale_s", 6)
RELAX_SHOW_WORDS = Setting("relax/show_words", False)  # the phrase being spoken under the player
# Charts
CHARTS_PERIOD = Setting("charts/period", "90")  # one of core.insights.periods.PERIOD_CHOICES

THEME_CHOICES = ("system", "light", "dark")
#: Text sizes offered, in percent; up to 200 % (WCAG 1.4.4, issue 18).
TEXT_SCALE_CHOICES = (100, 115, 130, 150, 175, 200)


class Preferences(QObject):
    """Typed access to the preferences file; emits ``changed(key)`` on writes."""

    changed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        path = Path(data_dir) / PREFERENCES_FILE
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self._path = path
        self._carry_over_general()

    def _carry_over_general(self) -> None:
        """Once: move what older versions wrote under ``general/`` (read back
        from the file as ``General/``) to ``app/``, keeping newer values."""
        old = [key for key in self._settings.allKeys() if key.split("/", 1)[0].lower() == "general"]
        if not old:
            return
        for key in old:
            new_key = "app/" + key.split("/", 1)[1]
            if not self._settings.contains(new_key):
                self._settings.setValue(new_key, self._settings.value(key))
            self._settings.remove(key)
        self._settings.sync()
        files.make_private(self._path)

    def get(self, setting: Setting) -> Any:
        value = self._settings.value(setting.key, setting.default, type=setting.type)
        return setting.default if value is None else value

    def set(self, setting: Setting, value: Any) -> None:
        if self.get(setting) == value and self._settings.contains(setting.key):
            return
        self._settings.setValue(setting.key, value)
        self._settings.sync()
        files.make_private(self._path)
        self.changed.emit(setting.key)

    def is_stored(self, setting: Setting) -> bool:
        """Whether a value was written (not only the default)."""
        return bool(self._settings.contains(setting.key))

    def remove(self, setting: Setting) -> None:
        """Forget a stored value (it reads as its default again)."""
        if not self._settings.contains(setting.key):
            return
        self._settings.remove(setting.key)
        self._settings.sync()
        files.make_private(self._path)
        self.changed.emit(setting.key)


class WindowState:
    """Geometry and similar UI state, kept apart from preferences."""

    def __init__(self, data_dir: Path):
        self._path = Path(data_dir) / WINDOW_STATE_FILE
        self._settings = QSettings(str(self._path), QSettings.Format.IniFormat)

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("main_window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("main_window/geometry", geometry)

    def last_tab(self) -> str:
        return str(self._settings.value("main_window/last_tab", ""))

    def save_last_tab(self, key: str) -> None:
        self._settings.setValue("main_window/last_tab", key)

    def last_system_dark(self) -> bool:
        """Whether the OS was in dark mode last time (used for the first paint)."""
        return self._settings.value("appearance/last_system_dark", False, type=bool)

    def save_last_system_dark(self, dark: bool) -> None:
        self._settings.setValue("appearance/last_system_dark", dark)

    def sync(self) -> None:
        self._settings.sync()
        files.make_private(self._path)
