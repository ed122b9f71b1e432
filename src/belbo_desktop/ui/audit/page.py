"""Einstellungen > Protokoll: who did what and when, newest first.

Filters by period, staff member and kind of entry, and a search by customer number (or a
record's full id). Rows come page by page from ``AuditLogModel`` as the table scrolls.
Read-only: the log is append-only, and this page only ever reads it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.audit import AuditQuery
from belbo_desktop.services.ports import BERLIN
from belbo_desktop.ui import formatting
from belbo_desktop.ui.audit.labels import action_text
from belbo_desktop.ui.audit.model import AuditLogModel, Column
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.login import error_label, show_error

SEARCH_DELAY_MS = 300


class Period(StrEnum):
    ALL = "all"
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    CUSTOM = "custom"


class AuditLogPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allowed = ctx.actor.can(Right.VIEW_AUDIT_LOG)
        self.model = AuditLogModel(ctx, self)
        self.model.loaded.connect(self._show_status)  # after each page's rowsInserted

        self.period = QComboBox()
        for key, text in (
            (Period.ALL, self.tr("Gesamter Zeitraum")),
            (Period.TODAY, self.tr("Heute")),
            (Period.WEEK, self.tr("Letzte 7 Tage")),
            (Period.MONTH, self.tr("Letzte 30 Tage")),
            (Period.YEAR, self.tr("Dieses Jahr")),
            (Period.CUSTOM, self.tr("Zeitraum wählen")),
        ):
            self.period.addItem(text, key.value)
        self.since = QDateEdit()
        self.until = QDateEdit()
        today = self._today()
        for edit, value in ((self.since, today - dt.timedelta(days=30)), (self.until, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy" if ctx.lang != "en" else "dd/MM/yyyy")
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.setEnabled(False)
        self.since.setAccessibleName(self.tr("Von"))
        self.until.setAccessibleName(self.tr("Bis"))
        self.staff = QComboBox()
        self.staff.setAccessibleName(self.tr("Mitarbeiter"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Vorgang"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Kundennummer oder Kennung"))
        self.search.setAccessibleName(self.tr("Suche"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Zeitraum:")), 0, 0)
        filters.addWidget(self.period, 0, 1)
        filters.addWidget(QLabel(self.tr("von")), 0, 2)
        filters.addWidget(self.since, 0, 3)
        filters.addWidget(QLabel(self.tr("bis")), 0, 4)
        filters.addWidget(self.until, 0, 5)
        filters.addWidget(QLabel(self.tr("Mitarbeiter:")), 1, 0)
        filters.addWidget(self.staff, 1, 1)
        filters.addWidget(QLabel(self.tr("Vorgang:")), 1, 2)
        filters.addWidget(self.action, 1, 3, 1, 3)
        filters.addWidget(QLabel(self.tr("Suche:")), 2, 0)
        filters.addWidget(self.search, 2, 1, 1, 5)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Protokoll"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        widths = {Column.AT: 120, Column.STAFF: 110, Column.ACTION: 180, Column.TARGET: 110}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.detail = QLabel()  # the selected entry in full: details are cut in the table
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Ausgewählter Eintrag"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.model.modelReset.connect(self._show_detail)
        self.status = QLabel()
        self.status.setEnabled(False)
        self.error = error_label()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.since.dateChanged.connect(lambda _d: self.apply_filters())
        self.until.dateChanged.connect(lambda _d: self.apply_filters())
        self.staff.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.action.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self._loaded = False

    # --- loading ------------------------------------------------------------------------

    def load(self) -> None:
        if not self.allowed:
            for widget in (self.period, self.staff, self.action, self.search, self.table):
                widget.setEnabled(False)
            show_error(self.error, self.ctx.actor.why_not(Right.VIEW_AUDIT_LOG, self.ctx.lang))
            return
        try:
            people = self.ctx.app.staff.staff_names(self.ctx.actor)
            actions = self.ctx.app.audit.actions(self.ctx.actor)
        except BelboError as exc:
            show_error(self.error, exc.text(self.ctx.lang))
            return
        for combo in (self.staff, self.action):
            combo.blockSignals(True)
            combo.clear()
        self.staff.addItem(self.tr("Alle Mitarbeiter"), None)
        for person in people:
            self.staff.addItem(person.display_name, person.id)
        self.action.addItem(self.tr("Alle Vorgänge"), None)
        for text, action in sorted((action_text(a), a) for a in actions):
            self.action.addItem(text, action)
        for combo in (self.staff, self.action):
            combo.blockSignals(False)
        self._loaded = True
        self.apply_filters()

    def _today(self) -> dt.date:
        return self.ctx.app.clock.now().astimezone(BERLIN).date()

    def _period_changed(self, _index: int) -> None:
        custom = self.period.currentData() == Period.CUSTOM.value
        self.since.setEnabled(custom)
        self.until.setEnabled(custom)
        self.apply_filters()

    def set_period(self, period: Period) -> None:
        self.period.setCurrentIndex(self.period.findData(period.value))

    def query(self) -> AuditQuery:
        today = self._today()
        period = Period(self.period.currentData())
        since: dt.date | None = None
        until: dt.date | None = None
        if period is Period.TODAY:
            since = today
        elif period is Period.WEEK:
            since = today - dt.timedelta(days=6)
        elif period is Period.MONTH:
            since = today - dt.timedelta(days=29)
        elif period is Period.YEAR:
            since = today.replace(month=1, day=1)
        elif period is Period.CUSTOM:
            since = self.since.date().toPython()  # type: ignore[assignment]
            until = self.until.date().toPython()  # type: ignore[assignment]
        return AuditQuery(
            since=since,
            until=until,
            staff_id=self.staff.currentData(),
            action=self.action.currentData(),
            search=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        if not self._loaded:
            return
        self._search_timer.stop()
        show_error(self.error, None)
        self.model.set_query(self.query())
        self._show_status()

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            self.detail.setText(self.tr("Einen Eintrag wählen, um ihn vollständig zu sehen."))
            return
        row = self.model.rows[index.row()]
        parts = [self.model.text(row, column) for column in Column]
        head = " · ".join(p for p in parts[:4] if p)
        self.detail.setText(f"{head}\n{parts[4]}" if parts[4] else head)

    def _show_status(self) -> None:
        if self.model.problem:
            show_error(self.error, self.model.problem)
        count = len(self.model.rows)
        shown = formatting.count(count, self.ctx.lang)
        if not self.model.is_idle():
            text = self.tr("Lädt …")
        elif not self.model.rows:
            text = self.tr("Keine Einträge für diese Auswahl.")
        elif self.model.has_more():
            text = self.tr("%1 Einträge geladen; weitere erscheinen beim Blättern.").replace(
                "%1", shown
            )
        elif count == 1:
            text = self.tr("1 Eintrag.")
        else:
            text = self.tr("%1 Einträge.").replace("%1", shown)
        self.status.setText(text)
