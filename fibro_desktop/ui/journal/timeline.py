"""The journal's timeline: a lazily fetched list of episodes, newest first,
grouped by day.

:class:`EpisodeTimelineModel` asks the store for one page of rows at a time
(``canFetchMore``/``fetchMore``), so 100,000 episodes cost no more to open
than 200. The view draws a day heading above the first episode of each day
(:class:`TimelineDelegate`), so the model stays a flat list and scrolling
stays smooth. With a text search, each result shows the words of its note
around the match on a second line (:mod:`fibro_desktop.core.journal.search`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal.records import EpisodeFilter, EpisodeRow
from fibro_desktop.core.journal.search import Snippet, find_snippet
from fibro_desktop.ui import formats
from fibro_desktop.ui.labels import duration_text, term_label
from fibro_desktop.ui.translate import translator

#: Rows asked of the store per fetch.
PAGE_SIZE = 200

RowRole = Qt.ItemDataRole.UserRole + 1
DayHeadingRole = Qt.ItemDataRole.UserRole + 2
#: The note's words around the search match (a ``Snippet``), or ``None``.
SnippetRole = Qt.ItemDataRole.UserRole + 3

#: ``(filter, offset, limit) -> rows`` and ``filter -> count``, bound to a database.
FetchRows = Callable[[EpisodeFilter, int, int], list[EpisodeRow]]
CountRows = Callable[[EpisodeFilter], int]


_tr_model = translator("EpisodeTimelineModel")


class EpisodeTimelineModel(QAbstractListModel):
    """Episodes matching a filter, loaded page by page as the view scrolls."""

    def __init__(self, fetch_rows: FetchRows, count_rows: CountRows, parent=None):
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._count_rows = count_rows
        self._filter = EpisodeFilter()
        self._rows: list[EpisodeRow] = []
        self._total = 0
        self.reload()

    # -- filter and reload -----------------------------------------------------
    def set_filter(self, query_filter: EpisodeFilter) -> None:
        self._filter = query_filter
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter change or a write)."""
        self.beginResetModel()
        self._total = self._count_rows(self._filter)
        self._rows = self._fetch_rows(self._filter, 0, PAGE_SIZE)
        self.endResetModel()

    def total(self) -> int:
        """How many episodes match the filter (not only those loaded)."""
        return self._total

    # -- Qt model API ----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self._fetch_rows(self._filter, len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        if role == DayHeadingRole:
            previous = self._rows[index.row() - 1] if index.row() > 0 else None
            if previous is None or local_day(previous.started) != local_day(row.started):
                return local_day(row.started)
            return None
        if role == SnippetRole:
            return self.snippet(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            found = self.snippet(row)
            return self.describe(row) + (" · “" + found.text + "”" if found is not None else "")
        return None

    def snippet(self, row: EpisodeRow) -> Snippet | None:
        """The words of ``row``'s note around the searched text, if any."""
        return find_snippet(row.notes, self._filter.text) if self._filter.text else None

    def row_at(self, index: int) -> EpisodeRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def index_of_uid(self, uid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uid == uid), -1)

    @staticmethod
    def describe(row: EpisodeRow) -> str:
        """One line a screen reader can read, and the view's main text."""
        parts = [formats.time_of_day(row.started), term_label(row.kind), _tr_model("intensity %1 of 10", row.intensity)]
        if row.duration_s is not None:
            parts.append(duration_text(row.duration_s))
        if row.ongoing:
            parts.append(_tr_model("still going"))
        if row.muscles:
            parts.append(", ".join(dict.fromkeys(term_label(m) for m in row.muscles.split(","))))
        if not row.complete:
            parts.append(_tr_model("details can be added"))
        if row.has_warning:
            parts.append(_tr_model("warning sign noted"))
        return " · ".join(parts)


class TimelineDelegate(QStyledItemDelegate):
    """Draws a day heading above the first episode of each day, then the
    episode's line with its intensity as a small bar."""

    ROW_PAD = 10

    def _heading_height(self, option: QStyleOptionViewItem) -> int:
        font = QFont(option.font)
        font.setBold(True)
        return QFontMetrics(font).height() + 18

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).height() + 2 * self.ROW_PAD
        extra = self._heading_height(option) if index.data(DayHeadingRole) is not None else 0
        if index.data(SnippetRole) is not None:
            extra += QFontMetrics(option.font).height() + 2
        return QSize(200, line + extra)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = QRect(option.rect)
        palette = option.palette
        day = index.data(DayHeadingRole)
        if day is not None:
            heading = QRect(rect.left(), rect.top(), rect.width(), self._heading_height(option))
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text = day_heading(day)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(heading.adjusted(8, 8, -8, 0), flags, text)
            rect.setTop(heading.bottom() + 1)
        row_option = QStyleOptionViewItem(option)
        row_option.rect = rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        row: EpisodeRow = index.data(RowRole)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        # Intensity bar: a short column whose height shows 0-10.
        bar = QRect(rect.left() + 12, rect.top() + 6, 6, rect.height() - 12)
        painter.fillRect(bar, palette.color(QPalette.ColorRole.Mid))
        filled = QRect(bar)
        filled.setTop(bar.bottom() - round(bar.height() * row.intensity / 10))
        painter.fillRect(filled, palette.color(QPalette.ColorRole.Link) if not selected else text_color)
        painter.setFont(option.font)
        painter.setPen(text_color)
        found = index.data(SnippetRole)
        line_rect = rect.adjusted(30, 0, -8, 0)
        if found is not None:
            line_rect.setBottom(rect.center().y())
            self._draw_snippet(painter, option, rect.adjusted(30, rect.height() // 2, -8, 0), found,
                               text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setPen(text_color)
        painter.drawText(line_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         EpisodeTimelineModel.describe(row))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if not selected else text_color)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


    @staticmethod
    def _draw_snippet(painter, option: QStyleOptionViewItem, rect: QRect, found: Snippet, color) -> None:
        """The note's words on the second line, the matching ones in bold."""
        flags = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        painter.setPen(color)
        x = rect.left()
        bold = QFont(option.font)
        bold.setBold(True)
        for text, font in ((found.before, option.font), (found.match, bold), (found.after, option.font)):
            if not text or x >= rect.right():
                continue
            painter.setFont(font)
            metrics = QFontMetrics(font)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.right() - x)
            painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), flags, shown)
            x += metrics.horizontalAdvance(shown)
        painter.setFont(option.font)


def day_heading(day) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class TimelineView(QListView):
    """The list of episodes; uniform item sizes are off because day headings
    make some rows taller."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Episodes, newest first"))
