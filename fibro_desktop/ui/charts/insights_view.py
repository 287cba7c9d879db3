"""The insights under the charts: measuring the difference, triggers, what
helped, and pacing / relaxation against spasms, as readable rich text."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fibro_desktop.core.insights.summary import Insights
from fibro_desktop.core.learn.links import PLACE_LINKS
from fibro_desktop.ui.charts.insight_text import (
    care_team_note,
    difference_html,
    groups_html,
    reliefs_html,
    triggers_html,
)
from fibro_desktop.ui.kit.widgets import subheading
from fibro_desktop.ui.learn.link import LearnLink, beside, learn_link
from fibro_desktop.ui.translate import translator

#: Which guide section explains each part of the card.
_SECTION_LINKS = {"difference": "charts", "triggers": "charts_patterns", "reliefs": "charts_patterns",
                  "groups": "charts_patterns"}


_tr = translator("Charts")


class InsightsCard(QWidget):
    """The insights as readable text and tables (rich text labels); with
    ``open_guide``, each part has a link to the guide on reading them."""

    def __init__(self, parent=None, *, open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.sections: dict[str, QLabel] = {}
        self.learn_links: dict[str, LearnLink] = {}
        for key, title in (("difference", _tr("Measuring the difference")), ("triggers", _tr("Triggers")),
                           ("reliefs", _tr("What helped")), ("groups", _tr("Pacing, relaxation and spasms"))):
            heading = subheading(title)
            body = QLabel()
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body.setAccessibleName(title)
            link = learn_link(_tr("How to read this"), PLACE_LINKS[_SECTION_LINKS[key]], open_guide,
                              topic=_tr("how to read: %1").replace("%1", title))
            if link is not None:
                self.learn_links[key] = link
            layout.addWidget(beside(heading, link))
            layout.addWidget(body)
            self.sections[key] = body
            if key == "groups":
                self._groups_heading = heading
        # Patterns, not causes: said once under every part of the card.
        layout.addSpacing(8)
        self.care_note = QLabel(f"<p><i>{escape(care_team_note())}</i></p>")
        self.care_note.setWordWrap(True)
        self.care_note.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.care_note)

    def show_insights(self, insights: Insights) -> None:
        self.sections["difference"].setText(difference_html(insights))
        self.sections["triggers"].setText(triggers_html(insights))
        self.sections["reliefs"].setText(reliefs_html(insights))
        groups = groups_html(insights)
        self.sections["groups"].setText(groups)
        self.sections["groups"].setVisible(bool(groups))
        self._groups_heading.setVisible(bool(groups))
        if "groups" in self.learn_links:
            self.learn_links["groups"].setVisible(bool(groups))
