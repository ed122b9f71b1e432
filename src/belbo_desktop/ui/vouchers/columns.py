"""Columns that fit the table's width: no horizontal scrolling in a pane beside a detail.

The Gutscheine overview shares the window with the voucher's detail; at 1280 x 800 its
nine columns cannot all be wide. The columns most needed stay, text columns share what
is left and elide (their tooltip holds the full text), and the least needed are hidden
until the table is wide enough again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from shiboken6 import isValid

#: A text column is never narrower than this (pixels), nor than its header, while shown...
MIN_TEXT = 80
#: ...and never wider than this while other columns are hidden or squeezed.
MAX_TEXT = 260


class ColumnFitter(QObject):
    """Sizes the columns of ``view`` to its viewport whenever either changes.

    ``priority`` names every column, most needed first; ``text_columns`` may shrink below
    their contents (elided), the others are shown at their full width or not at all.
    """

    def __init__(
        self, view: QTableView, priority: Sequence[int], text_columns: Sequence[int]
    ) -> None:
        super().__init__(view)
        self.view = view
        self.priority = list(priority)
        self.text_columns = frozenset(text_columns)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setWordWrap(False)  # one line per row, cut short with an ellipsis
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.rowsInserted.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def natural(self, column: int) -> int:
        """What the column needs to show its header and the loaded rows in full."""
        header = self.view.horizontalHeader()
        content = max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
        return min(content, MAX_TEXT) if column in self.text_columns else content

    def fit(self) -> None:
        if not isValid(self.view):  # a model clearing itself while its view is deleted
            return
        available = self.view.viewport().width()
        if available <= 0:
            return
        header = self.view.horizontalHeader()
        wanted = {c: self.natural(c) for c in self.priority}
        # a text column may be cut short, its header never
        least = {
            c: min(wanted[c], max(MIN_TEXT, header.sectionSizeHint(c)))
            if c in self.text_columns
            else wanted[c]
            for c in wanted
        }
        shown: list[int] = []
        used = 0
        for column in self.priority:
            if used + least[column] <= available:
                shown.append(column)
                used += least[column]
        widths = {c: wanted[c] for c in shown}
        texts = [c for c in shown if c in self.text_columns]
        room = available - sum(widths.values())
        if room < 0 and texts:  # text columns give up width in proportion, down to least
            fixed = sum(widths[c] for c in shown if c not in self.text_columns)
            share = available - fixed
            total = sum(wanted[c] for c in texts)
            for c in texts:
                widths[c] = max(least[c], share * wanted[c] // total)
            over = sum(widths.values()) - available
            for c in texts:  # rounding up to the least may leave a few pixels too many
                cut = min(over, widths[c] - least[c])
                widths[c] -= cut
                over -= cut
        elif room > 0 and shown:  # the rest goes to the text columns (or the last one)
            grow = texts or shown[-1:]
            for i, c in enumerate(grow):
                widths[c] += room // len(grow) + (1 if i < room % len(grow) else 0)
        for column in self.priority:
            hidden = column not in widths
            if header.isSectionHidden(column) != hidden:
                self.view.setColumnHidden(column, hidden)
            if not hidden:
                header.resizeSection(column, widths[column])
