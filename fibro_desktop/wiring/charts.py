"""Wiring of the Charts tab: builds its page and connects it to the rest.

The page module imports pyqtgraph, so it is imported only inside the page
factory (when the tab is first opened). ``File → Provider report…`` opens
the report dialog, which imports the PDF code only when it writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from fibro_desktop.ui.main_window import TabSpec
from fibro_desktop.ui.translate import translator
from fibro_desktop.wiring.feature import Feature, Group, Menu, MenuEntry, Wired

if TYPE_CHECKING:
    from fibro_desktop.shell import AppContext, Shell


_tr = translator("ChartsTab")


def tab(ctx: AppContext, _state: None) -> TabSpec:
    def build():
        from fibro_desktop.ui.charts.page import ChartsPage
        from fibro_desktop.ui.charts.report_dialog import open_report_dialog

        page = ChartsPage(ctx)
        page.report_requested.connect(lambda: open_report_dialog(page.window(), ctx))
        return page

    return TabSpec("charts", _tr("Charts"), build, _tr("Trends, insights and the provider report"))


def wire(shell: Shell, ctx: AppContext) -> Wired:
    """``File → Provider report…``."""
    action = QAction(_tr("Provider &report…"), shell.window)
    action.setObjectName("provider_report")
    action.setStatusTip(_tr("Make a PDF summary of a period to bring to your provider"))

    def open_dialog() -> None:
        from fibro_desktop.ui.charts.report_dialog import open_report_dialog

        open_report_dialog(shell.window, ctx)

    action.triggered.connect(open_dialog)
    return Wired(actions={"provider_report": action})


def smoke_check(shell: Shell, ctx: AppContext) -> None:
    """The report code imports and lays out a document without a printer."""
    from datetime import timedelta

    from fibro_desktop.core.insights.periods import Period
    from fibro_desktop.core.instants import local_day
    from fibro_desktop.ui.charts.report import ReportOptions, build_report, not_a_diagnosis

    today = local_day(ctx.clock.now())
    doc = build_report(ctx.db, ReportOptions(Period(today - timedelta(days=6), today)), ctx.clock.now())
    # In the person's language; spaces compared as spaces (the document's plain
    # text turns French non-breaking spaces into plain ones).
    if " ".join(not_a_diagnosis().split()) not in " ".join(doc.toPlainText().split()):
        raise RuntimeError("the provider report lost its note that it is not a diagnosis")


FEATURE = Feature(
    key="charts", tab=tab, wire=wire, smoke_check=smoke_check,
    menu_entries=(MenuEntry("provider_report", Menu.FILE, Group.REPORTS),),
)
