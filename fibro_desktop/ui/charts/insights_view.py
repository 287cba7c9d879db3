"""The insights under the charts: measuring the difference, triggers, what
helped, and pacing / relaxation against spasms, as readable rich text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fibro_desktop.core.insights.summary import Insights
from fibro_desktop.ui.charts.insight_text import difference_html, groups_html, reliefs_html, triggers_html


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


class InsightsCard(QWidget):
    """The insights as readable text and tables (rich text labels)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.sections: dict[str, QLabel] = {}
        for key, title in (("difference", _tr("Measuring the difference")), ("triggers", _tr("Triggers")),
                           ("reliefs", _tr("What helped")), ("groups", _tr("Pacing, relaxation and spasms"))):
            heading = QLabel(f"<h3>{title}</h3>")
            body = QLabel()
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body.setAccessibleName(title)
            layout.addWidget(heading)
            layout.addWidget(body)
            self.sections[key] = body
            if key == "groups":
                self._groups_heading = heading

    def show_insights(self, insights: Insights) -> None:
        self.sections["difference"].setText(difference_html(insights))
        self.sections["triggers"].setText(triggers_html(insights))
        self.sections["reliefs"].setText(reliefs_html(insights))
        groups = groups_html(insights)
        self.sections["groups"].setText(groups)
        self.sections["groups"].setVisible(bool(groups))
        self._groups_heading.setVisible(bool(groups))
