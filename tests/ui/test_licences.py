"""Help → About → Licences shows the app's licence and every included
package's notice (issue 22), by keyboard as well as by mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fibro_desktop.licences import licence_texts
from fibro_desktop.ui.dialogs import AboutDialog
from fibro_desktop.ui.licences_dialog import LicencesDialog


def test_the_licence_texts_are_found_from_a_source_checkout():
    names = [t.name for t in licence_texts()]
    assert names[0] == "LICENSE" and "GNU GENERAL PUBLIC LICENSE" in licence_texts()[0].text
    assert {"THIRD-PARTY-NOTICES.txt", "LGPL-3.0.txt", "LGPL-2.1.txt", "Apache-2.0.txt"} <= set(names)


def test_about_opens_the_licences_and_the_list_switches_the_text(qtbot, data_dir):
    about = AboutDialog(data_dir, data_dir / "logs")
    qtbot.addWidget(about)
    seen = {}

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LicencesDialog)
        seen["first"] = dialog.view.toPlainText()[:200]
        seen["focus"] = dialog.focusWidget() is dialog.view
        dialog.choice.setFocus()
        names = [t.name for t in dialog.texts]
        for _ in range(names.index("THIRD-PARTY-NOTICES.txt")):
            qtbot.keyClick(dialog.choice, Qt.Key.Key_Down)
        seen["notices"] = dialog.view.toPlainText()
        seen["names"] = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
        seen["accessible"] = (dialog.choice.accessibleName(), dialog.view.accessibleName())
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    about.licences_button.click()
    assert "GNU GENERAL PUBLIC LICENSE" in seen["first"]
    assert seen["focus"]
    for package in ("PySide6_Essentials", "pyqtgraph", "peewee", "numpy", "sqlcipher3"):
        assert package in seen["notices"]
    assert "FFmpeg" in seen["notices"] and "OpenSSL" in seen["notices"]
    assert all(seen["accessible"])
    assert any("Lesser" in n for n in seen["names"])


def test_missing_licence_files_still_say_which_licence(qtbot):
    dialog = LicencesDialog(texts=[])
    qtbot.addWidget(dialog)
    assert "GNU General Public License" in dialog.view.toPlainText()
