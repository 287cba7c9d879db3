"""Render the Charts tab and a provider report page to PNG for the docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_charts_screenshots.py

(or under Xvfb with ``QT_QPA_PLATFORM=xcb``: real fonts and hinting, as on a desktop).

Writes docs/screenshots/charts-*.png: the top of the tab (light and dark),
the pattern cards, the whole insights card for "Everything", and page 1 and 3 of a report (rendered with
poppler's ``pdftoppm``). Uses the demo year on a temporary data folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from demo_shell import demo_context, demo_shell
    from PySide6.QtWidgets import QApplication

    from fibro_desktop import locations
    from fibro_desktop.ui import preferences as prefs

    locations.apply_identity()
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    ctx = demo_context(CHARTS_PERIOD="90")
    db = ctx.db
    for theme in ("light", "dark"):
        ctx.preferences.set(prefs.THEME, theme)
        shell = demo_shell(app, ctx)
        page = shell.window.show_tab("charts")
        page.draw_all_cards()
        for _ in range(5):
            app.processEvents()
        suffix = "-dark" if theme == "dark" else ""
        save(shell.window.grab(), f"charts-tab{suffix}.png")
        if theme == "light":
            content = page.cards["spasms"].parentWidget().parentWidget()
            content.resize(1060, content.sizeHint().height())
            for _ in range(3):
                app.processEvents()
            full = content.grab()
            for name, key in (("charts-patterns.png", "when"), ("charts-checkins.png", "checkins")):
                top = page.cards[key].parentWidget().y()
                save(full.copy(0, top, full.width(), 1150), name)
            insights_screenshot(app, page)
        shell.window.close()
    report_pages(db, ctx)
    db.close()
    return 0


def insights_screenshot(app, page) -> None:
    """The whole insights card for "Everything" (the demo year): the
    difference with its ranges, the triggers with their counts, what helped."""
    page.set_period("all")
    page.show_insights_card()
    for _ in range(3):
        app.processEvents()
    card = page.insights_card
    card.resize(1060, card.heightForWidth(1060) if card.hasHeightForWidth() else card.sizeHint().height())
    for _ in range(3):
        app.processEvents()
    save(card.grab(), "charts-insights.png")


def save(pixmap, name: str) -> None:
    path = OUT / name
    pixmap.save(str(path))
    print(path.relative_to(ROOT))


def report_pages(db, ctx) -> None:
    from datetime import timedelta

    from fibro_desktop.core.insights.periods import Period
    from fibro_desktop.ui.charts.report import ReportOptions, write_report_pdf

    today = ctx.clock.now().date()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder, "report.pdf")
        write_report_pdf(db, pdf, ReportOptions(Period(today - timedelta(days=89), today), "a4",
                                                "Night cramps in my calves are my main worry."), ctx.clock.now())
        for page in (1, 3):
            stem = OUT / f"charts-report-page{page}"
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                            str(pdf), str(stem)], check=True)
            print(stem.with_suffix(".png").relative_to(ROOT))


if __name__ == "__main__":
    sys.exit(main())
