"""Loading translations of the interface for the person's language.

Every visible string goes through ``tr()`` / ``QCoreApplication.translate``;
this module installs the matching ``fibro_desktop_<lang>.qm`` from
``resources/translations`` and Qt's own translations of its standard dialogs
and buttons when they are installed. See docs/translating.md.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


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
    return loaded
