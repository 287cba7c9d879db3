"""Closing the main window as a person does, from the window system's close
button: Qt marks that close event spontaneous (a program's ``close()`` and
Quit are not), and only that one hides or minimises the window."""

from PySide6.QtGui import QCloseEvent


def close_as_the_person_does(window, monkeypatch) -> bool:
    with monkeypatch.context() as patch:
        patch.setattr(QCloseEvent, "spontaneous", lambda _event: True)
        return window.close()
