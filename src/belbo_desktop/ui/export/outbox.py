"""E-Mails: the local outbox, used when no mail server is configured.

Every mail Belbo would have sent is listed here; its links open in the browser, so the
whole export flow works on a single PC out of the box.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.mail.outbox import OutboxEntry
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext

_LINK = re.compile(r"(https?://[^\s<>\"]+)")


def mail_html(entry: OutboxEntry) -> str:
    """The mail as HTML with clickable links (text escaped first, then links wrapped)."""
    body = html.escape(entry.text)
    body = _LINK.sub(r'<a href="\1">\1</a>', body).replace("\n", "<br>")
    return body


class OutboxView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[OutboxEntry] = []
        title = QLabel(self.tr("E-Mails"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Aktualisieren"))
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.refresh_button)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("E-Mails im Postausgang"))
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.currentRowChanged.connect(self._show)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QTextBrowser()
        self.body.setOpenExternalLinks(True)
        self.body.setAccessibleName(self.tr("Inhalt der E-Mail"))
        self.empty = QLabel(self.tr("Keine E-Mails im Postausgang."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.body, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 600])

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.mode)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(3000)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        mail = self.ctx.app.mail
        if mail.mailer().local:
            self.mode.setText(
                self.tr(
                    "Es ist kein Mailserver eingerichtet (Einstellungen > E-Mail). Belbo legt "
                    "E-Mails deshalb hier ab. Links öffnen sich mit einem Klick im Browser."
                )
            )
        else:
            self.mode.setText(
                self.tr(
                    "E-Mails werden über den Mailserver verschickt. Hier stehen nur E-Mails "
                    "aus der Zeit ohne Mailserver."
                )
            )
        entries = mail.outbox.entries()
        self.empty.setVisible(not entries)
        self.splitter.setVisible(bool(entries))
        if entries and [e.path for e in entries] == [e.path for e in self.entries]:
            return
        current = self.list.currentRow()
        self.entries = entries
        self.list.blockSignals(True)
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(
                f"{formatting.datetime(entry.at, self.ctx.lang)}\n{entry.subject}\n{entry.to}"
            )
            item.setToolTip(entry.subject)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if entries:
            self.list.setCurrentRow(0 if current < 0 else min(current, len(entries) - 1))
            self._show(self.list.currentRow())
        else:
            self.header.clear()
            self.body.clear()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        self.header.setText(
            "<b>{s}</b><br>{to_label}: {to}<br>{date_label}: {date}".format(
                s=html.escape(entry.subject),
                to_label=self.tr("An"),
                to=html.escape(entry.to),
                date_label=self.tr("Datum"),
                date=formatting.datetime(entry.at, self.ctx.lang),
            )
        )
        self.body.setHtml(mail_html(entry))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)
