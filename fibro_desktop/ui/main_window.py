"""The main window: hosts the tabs it is given and builds each on first show.

It holds no queries and no feature logic. Pages are created lazily by their
factories, so heavy modules (pyqtgraph, QtMultimedia) load only when the
person first opens the tab that needs them. A page whose factory raises is
replaced by a calm :class:`~fibro_desktop.ui.broken_page.BrokenPage` (the
error is logged): one unreadable row must not take every tab down.

Each page sits in a scroll area, so the window's minimum size does not grow
with the pages (at 200 % text or ``QT_SCALE_FACTOR=2`` a page may need more
room than a 1366x768 screen has: it scrolls instead of pushing the window
off the screen).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from fibro_desktop.ui.kit.tab_bar import name_tab_bar
from fibro_desktop.ui.notices import Notice, NoticeAction, NoticeArea
from fibro_desktop.ui.preferences import WindowState

log = logging.getLogger(__name__)

#: The least size of the window, in logical pixels, when the screen has room
#: (less on a small screen or at a large scale factor: see ``_fit_minimum``).
MINIMUM_SIZE = QSize(480, 360)
#: The size of a first window (no saved geometry), at most the screen's.
FIRST_SIZE = QSize(1100, 760)


class TabSpec(NamedTuple):
    """A tab: stable ``key``, translated ``title``, and a page ``factory``.
    (A NamedTuple, made before the first paint: see wiring/feature.py.)"""

    key: str
    title: str
    factory: Callable[[], QWidget]
    accessible_description: str = ""


class _LazyHost(QWidget):
    """Stands in the tab until its page is built, then holds it."""

    def __init__(self, spec: TabSpec):
        super().__init__()
        self.spec = spec
        self.page: QWidget | None = None
        #: What the factory raised when the page could not be built.
        self.error: Exception | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setAccessibleName(spec.title)
        # Made with the page, after the first paint: its settings use Qt's
        # enums, whose first use builds the whole Qt namespace (20-40 ms).
        self._scroll: QScrollArea | None = None

    def _make_scroll(self) -> QScrollArea:
        """The page scrolls when the window is smaller than it needs."""
        from PySide6.QtCore import Qt

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a bare tab stop
        scroll.setAccessibleName(self.spec.title)
        self._layout.addWidget(scroll)
        return scroll

    def build(self, recovery: Sequence[NoticeAction] = ()) -> QWidget:
        if self._scroll is None:
            self._scroll = self._make_scroll()
        if self.page is None:
            try:
                self.page = self.spec.factory()
                self.error = None
            except Exception as exc:  # any bad value in the data: keep the app running
                log.exception("The %s tab could not be built", self.spec.key)
                from fibro_desktop.ui.broken_page import BrokenPage

                self.error = exc
                self.page = BrokenPage(self.spec.title, recovery)
            self._scroll.setWidget(self.page)
        return self.page

    def pass_palette_down(self, palette: QPalette) -> None:
        """Hand a new palette to the page: under the app's style sheet a
        scroll area does not pass one on by itself (Qt 6), and a page that
        draws in the theme's colours (the charts) must hear of a switch.
        Each widget then inherits again, as before."""
        if self._scroll is None:
            return
        for widget in (self._scroll, self._scroll.viewport(), self.page):
            if widget is not None:
                widget.setPalette(palette)
                widget.setPalette(QPalette())

    def forget_broken_page(self) -> bool:
        """Drop the error page so the next :meth:`build` tries again."""
        if self.error is None or self.page is None:
            return False
        self._scroll.takeWidget()
        self.page.setParent(None)
        self.page.deleteLater()
        self.page = None
        self.error = None
        return True


class MainWindow(QMainWindow):
    """Tabs, menus (built elsewhere) and window geometry."""

    #: Emitted with the tab key after a tab's page is built for the first time.
    page_built = Signal(str)

    def __init__(self, tabs: Sequence[TabSpec], window_state: WindowState,
                 hide_on_close: Callable[[], bool | str] = lambda: False, *, pages_enabled: bool = True):
        super().__init__()
        # While False, no page is built: start-up paints the window first and
        # enables pages once the database is open (see app.run_gui).
        self._pages_enabled = pages_enabled
        self._window_state = window_state
        # Asked on close: False closes; "minimize" (no tray) or anything else true hides.
        self._hide_on_close = hide_on_close
        #: Buttons of the error page of a tab that fails to build.
        self._recovery_actions: list[NoticeAction] = []
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        name_tab_bar(self.tab_widget, self.tr("Sections"))
        self._hosts: dict[str, _LazyHost] = {}
        for spec in tabs:
            host = _LazyHost(spec)
            self._hosts[spec.key] = host
            index = self.tab_widget.addTab(host, spec.title)
            self.tab_widget.setTabToolTip(index, spec.accessible_description)
        # Notices (a failed backup, a read-only data folder) sit above the tabs.
        self.notices = NoticeArea()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notices)
        column.addWidget(self.tab_widget, 1)
        self.setCentralWidget(central)
        self.tab_widget.currentChanged.connect(self._on_current_changed)
        self._fit_minimum()
        geometry = window_state.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._on_screen(FIRST_SIZE))
        last = window_state.last_tab()
        if last in self._hosts:
            self.tab_widget.setCurrentWidget(self._hosts[last])
        self._on_current_changed(self.tab_widget.currentIndex())

    # -- tabs ---------------------------------------------------------------
    def enable_pages(self) -> None:
        """Allow pages to be built and build the current one."""
        self._pages_enabled = True
        self._on_current_changed(self.tab_widget.currentIndex())

    def tab_keys(self) -> list[str]:
        return list(self._hosts)

    def is_built(self, key: str) -> bool:
        return self._hosts[key].page is not None

    def page(self, key: str) -> QWidget:
        """The page of tab ``key``, building it if needed (an error page when
        its factory raises: see :meth:`page_error`)."""
        host = self._hosts[key]
        was_built = host.page is not None
        page = host.build(self._recovery_actions)
        if not was_built and host.error is None:
            from fibro_desktop.ui.kit.names import name_from_labels  # with the page: it uses Qt's enums

            name_from_labels(page)  # fields named by their labels, for screen readers
            self.page_built.emit(key)
        return page

    def page_error(self, key: str) -> Exception | None:
        """What tab ``key``'s factory raised, or ``None`` when it built (or is not built yet)."""
        return self._hosts[key].error

    def set_recovery_actions(self, actions: Sequence[NoticeAction]) -> None:
        """The buttons a tab that fails to build offers ("Restore a backup"...)."""
        self._recovery_actions = list(actions)

    def retry_broken_pages(self) -> None:
        """Build again the tabs that failed (after a restore or an import)."""
        for host in self._hosts.values():
            host.forget_broken_page()
        self._on_current_changed(self.tab_widget.currentIndex())

    def show_tab(self, key: str) -> QWidget:
        """Bring tab ``key`` to the front and return its page."""
        self.tab_widget.setCurrentWidget(self._hosts[key])
        return self.page(key)

    def current_tab(self) -> str:
        return self.tab_widget.currentWidget().spec.key

    def show_tab_at(self, index: int) -> None:
        """Bring the tab at ``index`` to the front (Ctrl+1…5, the View menu)
        and put the keyboard focus on its first useful control."""
        if 0 <= index < self.tab_widget.count():
            self.tab_widget.setCurrentIndex(index)
            page = self.tab_widget.widget(index).page
            # Imported here: the focus module uses Qt's enums, whose first use
            # builds the whole Qt namespace; not before the first paint.
            from fibro_desktop.ui.kit.focus import focus_first_control

            if page is not None and page.isVisible():
                focus_first_control(page)
            elif page is not None:  # just built: its widgets are shown on the next turn of the loop
                QTimer.singleShot(0, page, lambda: focus_first_control(page))

    def _on_current_changed(self, index: int) -> None:
        if index >= 0 and self._pages_enabled:
            host = self.tab_widget.widget(index)
            self.page(host.spec.key)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for host in self._hosts.values():
                host.pass_palette_down(self.palette())

    # -- notices ------------------------------------------------------------
    def show_notice(self, key: str, text: str, actions: Sequence[NoticeAction] = (),
                    *, closable: bool = True) -> Notice:
        """Show a calm notice above the tabs (see :mod:`fibro_desktop.ui.notices`)."""
        return self.notices.show_notice(key, text, actions, closable=closable)

    def hide_notice(self, key: str) -> None:
        self.notices.hide_notice(key)

    # -- size ---------------------------------------------------------------
    def _on_screen(self, size: QSize) -> QSize:
        """``size``, or less so that it fits the screen's free area."""
        screen = self.screen()
        if screen is None:
            return size
        return size.boundedTo(screen.availableGeometry().size())

    def _fit_minimum(self) -> None:
        self.setMinimumSize(self._on_screen(MINIMUM_SIZE))

    # -- window -------------------------------------------------------------
    def bring_to_front(self) -> None:
        """Show, un-minimise and raise the window (second launch, tray)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def save_state(self) -> None:
        self._window_state.save_geometry(self.saveGeometry())
        self._window_state.save_last_tab(self.current_tab())
        self._window_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_state()
        # Only a close the person asked for from the window system (its close
        # button, Alt+F4) is turned into hide or minimise. Quit (the menu, the
        # tray, SIGTERM at log-out) closes every window too, and Qt 6 cancels
        # the quit if one refuses: the app then never quit.
        instead = self._hide_on_close() if event.spontaneous() else False
        if instead:
            event.ignore()
            if instead == "minimize":  # no tray to come back from (issue 17)
                self.showMinimized()
            else:
                self.hide()
            return
        super().closeEvent(event)
