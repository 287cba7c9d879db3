"""Loading translations of the interface for the person's language.

Every visible string goes through ``tr()`` / the ``_tr`` helpers; this module
installs the matching ``fibro_desktop_<lang>.qm`` from
``resources/translations`` (compiled from the ``.ts`` by
``packaging/build_translations.py``) and Qt's own translations of its
standard dialogs and buttons (``qtbase_<lang>.qm``) when they are installed.
The language follows the system unless the person chose one in Settings
(:data:`LANGUAGES`). A missing catalogue leaves English. See docs/translating.md.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: The choices of Settings ▸ Language: (saved code, name in its own language).
#: "system" follows the computer's language.
LANGUAGES = (
    ("system", ""),  # named by the Settings dialog, in the current language
    ("en", "English"),
    ("es", "Español"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("pt_BR", "Português (Brasil)"),
)


def chosen_locale(choice: str = "system") -> QLocale:
    """The locale for a saved language choice ("system", "en", "pt_BR"…)."""
    if not choice or choice == "system" or choice not in {code for code, _name in LANGUAGES}:
        return QLocale.system()
    return QLocale(choice)


def saved_choice(data_dir: Path) -> str:
    """The language chosen in Settings for this data folder ("system" when
    none), read straight from the preferences file: this runs before the
    first paint, where building :class:`Preferences` is not needed."""
    from PySide6.QtCore import QSettings

    from fibro_desktop.ui.preferences import LANGUAGE, PREFERENCES_FILE

    path = Path(data_dir) / PREFERENCES_FILE
    if not path.is_file():
        return str(LANGUAGE.default)
    value = QSettings(str(path), QSettings.Format.IniFormat).value(LANGUAGE.key, LANGUAGE.default)
    return str(value or LANGUAGE.default)


def apply_language(app: QCoreApplication, folder: Path, choice: str = "system") -> list[str]:
    """Start-up: the chosen language's catalogues, and its formats of numbers
    and dates as the default locale (``ui/formats.py``)."""
    locale = chosen_locale(choice)
    QLocale.setDefault(locale)
    return install_translators(app, folder, locale)


def install_translators(app: QCoreApplication, folder: Path, locale: QLocale | None = None) -> list[str]:
    """Install the app's and Qt's translators for ``locale`` (default: the
    system's). Returns the names of the catalogues that were found."""
    locale = locale or QLocale.system()
    loaded = []
    for name, where in (("fibro_desktop", str(folder)),
                        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        # Tries e.g. fibro_desktop_pt_BR.qm, then fibro_desktop_pt.qm.
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            loaded.append(name)
        if name == "fibro_desktop" and not loaded:
            break  # English (or a language not shipped): Qt's buttons stay English with the rest
    return loaded
