"""Every dialog of the app at 200 % text on a 1366 x 768 laptop screen, to look at.

The accessibility walk (tests/ui/test_accessibility_walk.py) checks every
dialog's geometry at 200 %; this shows them to a person's eyes. It opens
each window a menu entry or a "…" button opens, on the demo data, as the
walk does (``exec()`` shows the window and returns "cancel"; Qt's own file
and question boxes answer "cancel" at once), and saves each as it is on the
screen. Run under a real X server:

    Xvfb :58 -screen 0 1366x768x24 & XVFB=$!
    DISPLAY=:58 QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_dialog_screenshots.py [OUT] [THEME]
    kill $XVFB

Writes ``OUT/dialog-<n>-<name>.png`` (default OUT: a temporary folder,
printed; THEME: light or dark). A few of them are kept in docs/screenshots.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))


def main() -> int:
    from demo_shell import demo_context, demo_shell
    from make_kit_screenshots import _small_png
    from PySide6.QtWidgets import (
        QApplication,
        QDialog,
        QFileDialog,
        QInputDialog,
        QMenu,
        QMessageBox,
        QPushButton,
        QTabWidget,
    )

    from fibro_desktop import locations

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="fibro-dialogs-"))
    theme = sys.argv[2] if len(sys.argv) > 2 else "light"
    out.mkdir(parents=True, exist_ok=True)
    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    ctx = demo_context(THEME=theme, TEXT_SCALE=200, REDUCE_MOTION=True, RESTOCK_REMINDERS=False)
    shell = demo_shell(app, ctx)
    screen = app.primaryScreen().availableGeometry()
    shell.window.setGeometry(screen)
    seen: list[str] = []

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def save(window, label: str) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
        settle()
        name = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:60]
        path = out / f"dialog-{len(seen):02d}-{name}.png"
        path.write_bytes(_small_png(window.grab().toImage()))
        geometry = window.frameGeometry()
        fits = screen.contains(geometry)
        print(f"{path.name}: {geometry.width()}x{geometry.height()} at {geometry.x()},{geometry.y()}"
              f"{'' if fits else '  (DOES NOT FIT THE SCREEN)'}", flush=True)
        seen.append(label)
        window.hide()

    QDialog.exec = lambda dialog: save(dialog, dialog.windowTitle()) or 0
    QMessageBox.exec = lambda box: save(box, box.windowTitle() or box.text()) or QMessageBox.StandardButton.Cancel
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: ("", ""))
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: ("", ""))
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: "")
    for name in ("question", "warning", "information", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    QInputDialog.getText = staticmethod(lambda *a, **k: ("", False))

    def open_from(label: str, trigger) -> None:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        trigger()
        settle()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and id(window) not in before and not isinstance(window, QMenu):
                save(window, label)

    pressed: set[int] = set()
    window = shell.window
    for key in window.tab_keys():
        page = window.show_tab(key)
        if hasattr(page, "finish_building"):
            page.finish_building()
        settle()
        inner = [(tabs, i) for tabs in page.findChildren(QTabWidget) for i in range(tabs.count())] or [(None, 0)]
        for tabs, index in inner:
            if tabs is not None:
                tabs.setCurrentIndex(index)
                settle()
            for button in page.findChildren(QPushButton):
                if (id(button) in pressed or not button.isVisibleTo(page) or not button.isEnabled()
                        or not button.text().rstrip().endswith("…")):
                    continue
                pressed.add(id(button))
                open_from(f"{key} {button.text().replace('&', '')}", button.click)
    window.show_tab(window.tab_keys()[0])
    skip = {shell.actions.quit, shell.actions.open_data_folder, *shell.actions.tabs}
    for menu in shell.menus.values():
        for action in menu.actions():
            if action.text() and not action.isSeparator() and action not in skip and action.isEnabled() \
                    and action.menu() is None:
                open_from(f"menu {action.text().replace('&', '')}", action.trigger)
    print(f"{len(seen)} windows in {out}")
    ctx.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
