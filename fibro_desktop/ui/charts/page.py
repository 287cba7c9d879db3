"""The Charts page: the period picker, the chart cards and the insights.

Built when the tab is first opened (this module imports pyqtgraph). The
widget decides what is drawn when; what it shows comes from its
:class:`~fibro_desktop.ui.charts.page_data.ChartsPageData` (the chosen
period's data, the insights and the history behind them, no widgets). A data
change elsewhere marks the page stale and it reloads when next shown.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.periods import PERIOD_CHOICES, Period
from fibro_desktop.core.insights.summary import Insights
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.charts.base import ChartCard, is_dark
from fibro_desktop.ui.charts.export import ask_and_export
from fibro_desktop.ui.charts.insights_view import InsightsCard
from fibro_desktop.ui.charts.page_data import ChartsPageData
from fibro_desktop.ui.charts.pattern_charts import KindsCard, WhenCard, WhereCard
from fibro_desktop.ui.charts.time_charts import (
    CheckinsCard,
    IntensityCard,
    PacingCard,
    RelaxCard,
    SpasmsCard,
)
from fibro_desktop.ui.charts.wording import period_name
from fibro_desktop.ui.kit.widgets import empty_state
from fibro_desktop.ui.translate import translator

_tr = translator("Charts")


#: Pause between two slices of older history read in the background.
PREFETCH_PAUSE_MS = 40
#: Cards in page order; the first ones are built with the page, the others
#: right after it has painted.
CARD_TYPES = (SpasmsCard, IntensityCard, WhenCard, WhereCard, KindsCard, CheckinsCard, PacingCard, RelaxCard)
FIRST_CARDS = 1
#: Height kept for a card not built yet, so the scroll bar does not jump.
SLOT_HEIGHT = 320


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ChartsPage(QWidget):
    """Period picker on top, then the cards in a scroll area.

    ``report_requested`` asks the wiring to open the provider report dialog.
    ``last_load_ms`` is how long the last period change took (benchmarks).
    ``model`` holds the data shown (:class:`ChartsPageData`).
    """

    report_requested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self.last_load_ms = 0.0
        self.model = ChartsPageData(ctx.db, ctx.clock)
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(PREFETCH_PAUSE_MS)
        self._prefetch.timeout.connect(self._prefetch_step)
        self._dark = is_dark()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 0)
        bar = QHBoxLayout()
        period_label = QLabel(_tr("&Period:"))
        self.period_combo = QComboBox()
        for choice in PERIOD_CHOICES:
            self.period_combo.addItem(period_name(choice), choice)
        period_label.setBuddy(self.period_combo)
        self.period_combo.setAccessibleName(_tr("Period shown"))
        bar.addWidget(period_label)
        bar.addWidget(self.period_combo)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, label_text, name in ((self.from_edit, _tr("&From"), _tr("First day shown")),
                                       (self.to_edit, _tr("&To"), _tr("Last day shown"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            label = QLabel(label_text)
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
            edit.dateChanged.connect(self._custom_changed)
            self._custom_widgets = getattr(self, "_custom_widgets", []) + [label, edit]
        self.range_error = QLabel()
        self.range_error.setAccessibleName(_tr("Period problem"))
        bar.addWidget(self.range_error)
        bar.addStretch(1)
        self.summary_label = QLabel()
        bar.addWidget(self.summary_label)
        self.report_button = QPushButton(_tr("Provider report…"))
        self.report_button.setAccessibleName(_tr("Make a PDF report for your provider"))
        self.report_button.clicked.connect(self.report_requested)
        bar.addWidget(self.report_button)
        outer.addLayout(bar)

        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setAccessibleName(_tr("Charts"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        self.cards_layout = QVBoxLayout(content)
        self.cards: dict[str, ChartCard] = {}
        self.empty_notice = empty_state(_tr(
            "Nothing to chart yet. As you log spasms and daily check-ins in the Journal, your charts and "
            "insights build up here. A week or two is enough to start seeing patterns."))
        self.empty_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cards_layout.addWidget(self.empty_notice)
        # One slot per card, in order, so cards built later land in place.
        self._slots = []
        for _ in CARD_TYPES:
            slot = QWidget()
            slot_layout = QVBoxLayout(slot)
            slot_layout.setContentsMargins(0, 0, 0, 0)
            slot.setMinimumHeight(SLOT_HEIGHT)
            self._slots.append(slot)
            self.cards_layout.addWidget(slot)
        self._pending: list[int] = []
        self._card_timer = QTimer(self)
        self._card_timer.setSingleShot(True)
        self._card_timer.setInterval(0)
        self._card_timer.timeout.connect(self._build_next_card)
        self._build_cards()
        self.insights_card = InsightsCard(open_guide=ctx.intents.open_guide)
        self.cards_layout.addWidget(self.insights_card)
        self.cards_layout.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.scroll = scroll
        # Cards off screen are redrawn when they scroll into view.
        scroll.verticalScrollBar().valueChanged.connect(self._update_cards_on_screen)

        saved = ctx.preferences.get(prefs.CHARTS_PERIOD)
        index = max(0, self.period_combo.findData(saved if saved in PERIOD_CHOICES else "90"))
        self.period_combo.setCurrentIndex(index)
        self._set_custom_visible(saved == "custom")
        today = self.model.today()
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.setMaximumDate(_qdate(today))
        self.from_edit.setDate(_qdate(today - timedelta(days=29)))
        self.to_edit.setDate(_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(False)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        ctx.data_events.changed.connect(self._data_changed)
        self.reload()

    # -- period -------------------------------------------------------------------------------
    def _set_custom_visible(self, visible: bool) -> None:
        for widget in self._custom_widgets:
            widget.setVisible(visible)

    def _period_changed(self) -> None:
        choice = self.period_combo.currentData()
        self.ctx.preferences.set(prefs.CHARTS_PERIOD, choice)
        self._set_custom_visible(choice == "custom")
        self.reload()

    def _custom_changed(self) -> None:
        if self.period_combo.currentData() == "custom":
            self.reload()

    def current_period(self) -> Period | None:
        """The chosen period, or ``None`` (with a message) when the custom dates are reversed."""
        choice = self.period_combo.currentData()
        custom = None
        if choice == "custom":
            first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
            if first > last:
                self.range_error.setText(_tr("The first day must come before the last."))
                return None
            custom = Period(first, last)
        self.range_error.setText("")
        return self.model.period_for(choice, custom)

    def set_period(self, choice: str, custom: Period | None = None) -> None:
        """Choose a period as the picker would (tests, benchmarks)."""
        if custom is not None:
            self.from_edit.blockSignals(True)
            self.from_edit.setDate(_qdate(custom.first))
            self.from_edit.blockSignals(False)
            self.to_edit.blockSignals(True)
            self.to_edit.setDate(_qdate(custom.last))
            self.to_edit.blockSignals(False)
        index = self.period_combo.findData(choice)
        if index == self.period_combo.currentIndex():
            self.reload()
        else:
            self.period_combo.setCurrentIndex(index)

    # -- data -------------------------------------------------------------------------------
    @property
    def data(self) -> ChartData | None:
        """The period shown (``None`` before the first load)."""
        return self.model.data

    @property
    def insights(self) -> Insights | None:
        """The insights shown, once worked out (they wait until in view)."""
        return self.model.insights

    def _data_changed(self, _changes: object, _origin: object) -> None:
        # Every area feeds some chart or the report.
        self.model.forget()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
        else:
            QTimer.singleShot(0, self, self._update_cards_on_screen)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._update_cards_on_screen)

    def _prefetch_step(self) -> None:
        """Read one more slice of older days, then schedule the next."""
        if self.model.prefetch_step():
            self._prefetch.start()

    @property
    def fully_loaded(self) -> bool:
        """True when every recorded day is in memory (tests, benchmarks)."""
        return self.model.fully_loaded

    def reload(self) -> None:
        """Load the chosen period and redraw every card and the insights."""
        started = time.perf_counter()
        period = self.current_period()
        if period is None:
            return
        self.model.load(period)  # insights are worked out when they come into view
        nothing_at_all = self.model.recorded is None
        self.empty_notice.setVisible(nothing_at_all)
        for slot in self._slots:
            slot.setVisible(not nothing_at_all)
        for card in self.cards.values():
            self._show_card(card)
        self.insights_card.setVisible(not nothing_at_all)
        if not nothing_at_all and self._on_screen(self.insights_card):
            self._show_insights()
        spasms, checkins = self.model.summary_counts()
        self.summary_label.setText(_tr("%1, %2", _tr("%Ln spasms", n=spasms, one="%Ln spasm"),
                                       _tr("%Ln check-ins", n=checkins, one="%Ln check-in")))
        self.last_load_ms = (time.perf_counter() - started) * 1000
        if not self.fully_loaded:
            self._prefetch.start()

    def _build_cards(self) -> None:
        """(Re)create the chart cards: the first :data:`FIRST_CARDS` now, the
        rest one per event-loop turn, so the tab paints quickly. Again after
        a theme change, because series colours are chosen when a card is made."""
        for card in self.cards.values():
            # A window deleted with this page (one closed while a theme switch
            # was on its way) has taken its cards with it already.
            if isValid(card):
                card.setParent(None)
                card.deleteLater()
        self.cards = {}
        self._pending = list(range(len(CARD_TYPES)))
        for _ in range(FIRST_CARDS):
            self._build_next_card()
        if self._pending:
            self._card_timer.start()

    def _build_next_card(self) -> None:
        if not self._pending:
            return
        index = self._pending.pop(0)
        card = CARD_TYPES[index]()
        slot = self._slots[index]
        slot.layout().addWidget(card)
        slot.setMinimumHeight(0)
        self.cards[card.key] = card
        card.export_button.clicked.connect(lambda _=False, c=card: ask_and_export(c, self, Path.home()))
        if self.data is not None:
            self._show_card(card)
        if self._pending:
            self._card_timer.start()

    def finish_building(self) -> None:
        """Build every card still waiting (tests, screenshots, the report of a chart)."""
        self._card_timer.stop()
        while self._pending:
            self._build_next_card()

    def _show_card(self, card: ChartCard) -> None:
        """Show or hide ``card``; draw the current data now if it is on
        screen, otherwise when it scrolls into view (a period change then
        costs the two or three cards in sight, not all eight)."""
        card.setVisible(bool(self.model.recorded))
        card.drawn_data = None
        if self.model.recorded:
            self._draw_if_on_screen(card)

    def _on_screen(self, card: QWidget) -> bool:
        """Whether any of ``card`` lies in the scroll area's viewport. Before
        the first layout every card sits at the top, so all count as on
        screen: when unsure, draw."""
        if not card.isVisibleTo(self):
            return False
        viewport = self.scroll.viewport()
        top = card.mapTo(viewport, QPoint(0, 0)).y()
        return top < max(viewport.height(), 1) and top + card.height() > 0

    def _draw_if_on_screen(self, card: ChartCard) -> None:
        if card.drawn_data is not self.data and self._on_screen(card):
            card.update_data(self.data)
            card.drawn_data = self.data

    def _update_cards_on_screen(self, *_args) -> None:
        if self.data is not None and self.model.recorded:
            for card in self.cards.values():
                self._draw_if_on_screen(card)
            if self.insights is None and self._on_screen(self.insights_card):
                self._show_insights()

    def _show_insights(self) -> Insights:
        """Work out the period's insights and show them."""
        insights = self.model.work_out_insights()
        self.insights_card.show_insights(insights)
        return insights

    def show_insights_card(self) -> Insights:
        """Scroll to the insights (working them out if needed); returns them."""
        self.scroll.ensureWidgetVisible(self.insights_card, 0, 0)
        return self.insights if self.insights is not None else self._show_insights()

    def draw_all_cards(self) -> None:
        """Draw every card and the insights now, on screen or not (screenshots)."""
        self.finish_building()
        for card in self.cards.values():
            if card.drawn_data is not self.data and card.isVisibleTo(self):
                card.update_data(self.data)
                card.drawn_data = self.data
        if self.insights is None and self.model.recorded:
            self._show_insights()

    def show_card(self, key: str) -> ChartCard:
        """Scroll ``key``'s card into view (drawing it if needed); returns it."""
        card = self.cards[key]
        self.scroll.ensureWidgetVisible(card, 0, 0)
        self._draw_if_on_screen(card)
        return card

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.data is not None:
            # Later, not now: Qt is still handing the change to our children,
            # and replacing children during that walk is unsafe.
            QTimer.singleShot(0, self, self.apply_theme)

    def apply_theme(self) -> None:
        """Follow a light/dark switch: new cards in the new colours, redrawn."""
        dark = is_dark()
        if dark == self._dark or not isValid(self):
            return
        self._dark = dark
        self._build_cards()
        self.reload()
