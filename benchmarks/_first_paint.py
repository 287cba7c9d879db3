"""Child process for startup.py: show a window, report at its first paint.

Usage: python _first_paint.py bare|app [DATA_DIR]
Prints ``PAINTED <peak RSS in KiB>`` at the first paint event, then
``READY <peak RSS in KiB>`` when the app is usable (database open, current
page built; the bare window is ready when painted), then exits.
"""

import resource
import sys


def report(what: str) -> None:
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{what} {peak_kib}", flush=True)


def report_and_quit():
    from PySide6.QtWidgets import QApplication

    report("READY")
    QApplication.instance().quit()


def run_bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Journal", "Pacing", "Relax", "Toolkit", "Charts"):
        tabs.addTab(QLabel(name), name)
    window.setCentralWidget(tabs)
    window.resize(1100, 760)

    class Watcher(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                    and obj.window() is window:
                self.done = True
                report("PAINTED")
                QTimer.singleShot(0, report_and_quit)
            return False

    watcher = Watcher()
    app.installEventFilter(watcher)
    window.show()
    return app.exec()


def run_app(data_dir: str) -> int:
    from fibro_desktop.app import GuiOptions, run_gui

    def on_ready():
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, report_and_quit)

    return run_gui(GuiOptions(data_dir=data_dir), on_first_paint=lambda: report("PAINTED"), on_ready=on_ready)


if __name__ == "__main__":
    sys.exit(run_bare() if sys.argv[1] == "bare" else run_app(sys.argv[2]))
