"""Child process for the SIGTERM test: the real GUI start-up (offscreen),
one change saved once ready (so quitting makes its backup at exit, as Quit
does), then ``ready`` on stdout; the parent sends SIGTERM.
Usage: ``stop_child.py DATA_DIR [--minimized]``; with ``--minimized`` (start
at login) ``ready`` is followed by the window's state: ``minimized``,
``hidden`` or ``shown``."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import fibro_desktop.app as app_module  # noqa: E402


def main() -> int:
    seen = {}
    real_finish_shell = app_module.finish_shell

    def finish_shell(shell, ctx, **kwargs):  # only to reach the open database
        seen["ctx"] = ctx
        return real_finish_shell(shell, ctx, **kwargs)

    app_module.finish_shell = finish_shell

    def ready() -> None:
        from fibro_desktop.store.meta import set_meta

        ctx = seen["ctx"]
        set_meta(ctx.db, "stop_signal_test", "saved before SIGTERM", ctx.clock.now())
        print("ready", flush=True)
        if minimized:
            from PySide6.QtWidgets import QApplication

            from fibro_desktop.ui.main_window import MainWindow

            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
            state = "minimized" if window.isMinimized() else "hidden" if window.isHidden() else "shown"
            print(state, flush=True)

    minimized = "--minimized" in sys.argv[2:]
    return app_module.run_gui(app_module.GuiOptions(data_dir=sys.argv[1], minimized=minimized), on_ready=ready)


if __name__ == "__main__":
    sys.exit(main())
