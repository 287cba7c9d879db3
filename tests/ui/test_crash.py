"""An unexpected error is logged and shown with its details; never silent."""

import logging
import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from fibro_desktop.logging_setup import configure_logging
from fibro_desktop.ui.crash import ExceptionReporter, install_exception_hook


class Button(QObject):
    pressed = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_with_copyable_details(qtbot, tmp_path, monkeypatch):
    log_file = configure_logging(tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    reporter = ExceptionReporter(log_file)
    install_exception_hook(reporter)

    def broken_slot():
        raise ValueError("the kettle is upside down")

    button = Button()
    button.pressed.connect(broken_slot)
    QTimer.singleShot(0, button.pressed.emit)  # the slot raises inside Qt's event loop
    qtbot.waitUntil(lambda: reporter.last_dialog is not None and reporter.last_dialog.isVisible())
    dialog = reporter.last_dialog
    qtbot.addWidget(dialog)
    assert "the kettle is upside down" in dialog.details.toPlainText()
    assert str(log_file) in dialog.message.text()
    dialog.copy_button.click()
    assert "ValueError" in QGuiApplication.clipboard().text()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "the kettle is upside down" in log_file.read_text()


@pytest.mark.qt_no_exception_capture
def test_errors_from_other_threads_reach_the_dialog(qtbot, tmp_path, monkeypatch):
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter = ExceptionReporter(None)
    install_exception_hook(reporter)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.last_dialog is not None)
    qtbot.addWidget(reporter.last_dialog)
    assert "ZeroDivisionError" in reporter.last_dialog.details.toPlainText()


def test_qt_warnings_are_written_to_the_log(qapp, tmp_path):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from fibro_desktop.logging_setup import forward_qt_messages

    log_file = configure_logging(tmp_path / "logs")
    forward_qt_messages()
    try:
        qWarning("a Qt warning about a pixmap")
    finally:
        qInstallMessageHandler(None)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "a Qt warning about a pixmap" in log_file.read_text()


@pytest.mark.qt_no_exception_capture
def test_a_full_disk_outside_a_form_is_a_calm_notice_not_an_error_dialog(qtbot, tmp_path, monkeypatch):
    import sqlite3

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter = ExceptionReporter(None)
    told = []
    reporter.on_write_failure = told.append
    install_exception_hook(reporter)

    def save_at_quit():
        raise sqlite3.OperationalError("database or disk is full")

    button = Button()
    button.pressed.connect(save_at_quit)
    QTimer.singleShot(0, button.pressed.emit)
    qtbot.waitUntil(lambda: bool(told))
    assert "the disk is full" in told[0] and "sqlite" not in told[0].lower()
    assert reporter.last_dialog is None
