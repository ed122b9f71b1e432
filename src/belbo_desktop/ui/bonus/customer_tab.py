"""Kundenakte > Bonuskarten: activate a program, the cards as circles with dates, stamps
by hand with a reason, counter-entries, "Prämie einlösen", print, and the history."""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.bonus import CardState, EntryKind
from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.bonus import CardInfo, EntryInfo
from belbo_desktop.ui import formatting
from belbo_desktop.ui.bonus.card_picture import CardPicture
from belbo_desktop.ui.context import UiContext

ID_ROLE = Qt.ItemDataRole.UserRole


def kind_text(kind: EntryKind) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {  # literal translate() calls, so lupdate finds them
        EntryKind.STAMP: QCoreApplication.translate("BonusCardsTab", "Stempel"),
        EntryKind.REVERSAL: QCoreApplication.translate("BonusCardsTab", "Storno"),
        EntryKind.REDEMPTION: QCoreApplication.translate("BonusCardsTab", "Prämie eingelöst"),
        EntryKind.CARRY: QCoreApplication.translate("BonusCardsTab", "Übertrag"),
        EntryKind.RESTORE: QCoreApplication.translate("BonusCardsTab", "Prämie storniert"),
    }
    return texts.get(kind, kind.value)


class ReasonDialog(QDialog):
    """Asks for a reason (and, for stamps, how many)."""

    def __init__(self, title: str, prompt: str, *, with_count: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        form.addRow(prompt, self.reason)
        self.count = QSpinBox()
        self.count.setRange(1, 10)
        if with_count:
            form.addRow(self.tr("Anzahl Stempel:"), self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class BonusCardsTab(QWidget):
    def __init__(self, ctx: UiContext, customer_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.cards: list[CardInfo] = []
        self.stamp_why = ctx.actor.why_not(Right.STAMP_BONUS_CARDS, ctx.lang)

        self.program_choice = QComboBox()
        self.program_choice.setAccessibleName(self.tr("Bonusprogramm"))
        self.program_choice.setMinimumWidth(240)
        self.activate_button = QPushButton(self.tr("Aktivieren"))
        self.activate_button.clicked.connect(self._activate_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programm aktivieren:")))
        top.addWidget(self.program_choice)
        top.addWidget(self.activate_button)
        top.addStretch(1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)

        self.history = QTableWidget(0, 8)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Programm"),
                self.tr("Karte"),
                self.tr("Vorgang"),
                self.tr("Stempel"),
                self.tr("Beleg"),
                self.tr("Mitarbeiter"),
                self.tr("Grund / Prämie"),
            ]
        )
        self.history.setAccessibleName(self.tr("Verlauf der Bonuskarten"))
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history.itemSelectionChanged.connect(self._history_selected)
        self.history.setMinimumHeight(160)
        self.reverse_button = QPushButton(self.tr("Stempel stornieren …"))
        self.reverse_button.setEnabled(False)
        self.reverse_button.setToolTip(
            self.tr("Einen von Hand gegebenen Stempel durch eine Gegenbuchung zurücknehmen.")
        )
        self.reverse_button.clicked.connect(self._reverse_clicked)
        history_head = QHBoxLayout()
        title = QLabel(self.tr("Verlauf aller Karten und Prämien"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        history_head.addWidget(title, 1)
        history_head.addWidget(self.reverse_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.cards_box)
        layout.addLayout(history_head)
        layout.addWidget(self.history, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        self.cards = self.ctx.app.bonus.cards(self.ctx.actor, self.customer_id)
        open_programs = {
            c.program_id
            for c in self.cards
            if c.current and c.state in (CardState.COLLECTING, CardState.FULL)
        }
        self.program_choice.clear()
        for p in self.ctx.app.bonus.programs(self.ctx.actor):
            if p.active and p.id not in open_programs:
                self.program_choice.addItem(p.name, p.id)
        can_activate = self.program_choice.count() > 0 and self.stamp_why is None
        self.activate_button.setEnabled(can_activate)
        self.program_choice.setEnabled(self.program_choice.count() > 0)
        if self.stamp_why:
            self.activate_button.setToolTip(self.stamp_why)
        elif self.program_choice.count() == 0:
            self.activate_button.setToolTip(self.tr("Alle aktiven Programme sind schon aktiviert."))
        else:
            self.activate_button.setToolTip("")

        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        current = [c for c in self.cards if c.current]
        if not current:
            empty = QLabel(self.tr("Für diesen Kunden ist noch kein Bonusprogramm aktiviert."))
            empty.setEnabled(False)
            self.cards_layout.addWidget(empty)
        for card in current:
            self.cards_layout.addWidget(self._card_box(card))
        self._fill_history()

    def _card_box(self, card: CardInfo) -> QGroupBox:
        box = QGroupBox(
            self.tr("%1 – Karte %2")
            .replace("%1", card.program_name)
            .replace("%2", str(card.number))
        )
        box.setObjectName(f"card-{card.id}")
        layout = QVBoxLayout(box)
        picture = CardPicture(card.needed, card.stamp_dates, faded=card.state is CardState.EXPIRED)
        row = QHBoxLayout()
        row.addWidget(picture)
        row.addStretch(1)
        layout.addLayout(row)
        parts = [
            self.tr("%1 von %2 Stempeln")
            .replace("%1", str(max(card.stamps, 0)))
            .replace("%2", str(card.needed))
        ]
        if card.stamps > card.needed:
            parts[0] += self.tr(" (%1 mehr für die nächste Karte)").replace(
                "%1", str(card.stamps - card.needed)
            )
        parts.append(self.tr("Prämie: %1").replace("%1", card.reward_label))
        if card.valid_until:
            parts.append(
                self.tr("gültig bis %1").replace(
                    "%1", formatting.date(card.valid_until, self.ctx.lang)
                )
            )
        parts.append(
            self.tr("begonnen am %1").replace("%1", formatting.date(card.started_at, self.ctx.lang))
        )
        status = QLabel(" · ".join(parts))
        status.setWordWrap(True)
        layout.addWidget(status)
        if card.state is CardState.FULL:
            full = QLabel(self.tr("Die Karte ist voll: Die Prämie kann eingelöst werden."))
            full.setStyleSheet("font-weight: bold; color: #8c3b61;")
            layout.addWidget(full)
        elif card.state is CardState.EXPIRED:
            expired = QLabel(self.tr("Abgelaufen. Der nächste Stempel beginnt eine neue Karte."))
            expired.setEnabled(False)
            layout.addWidget(expired)
        buttons = QHBoxLayout()
        stamp = QPushButton(self.tr("Stempel geben …"))
        stamp.setObjectName("stamp")
        redeem = QPushButton(self.tr("Prämie einlösen …"))
        redeem.setObjectName("redeem")
        print_button = QPushButton(self.tr("Karte drucken"))
        print_button.setObjectName("print")
        full_stop = card.state is CardState.FULL and not card.keeps_collecting
        stamp.setEnabled(self.stamp_why is None and card.program_usable and not full_stop)
        if self.stamp_why:
            stamp.setToolTip(self.stamp_why)
        elif not card.program_usable:
            stamp.setToolTip(self.tr("Das Programm ist nicht mehr aktiv."))
        elif full_stop:
            stamp.setToolTip(self.tr("Die Karte ist voll. Bitte zuerst die Prämie einlösen."))
        redeem.setEnabled(self.stamp_why is None and card.state is CardState.FULL)
        if self.stamp_why:
            redeem.setToolTip(self.stamp_why)
        elif card.state is not CardState.FULL:
            redeem.setToolTip(self.tr("Erst wenn die Karte voll ist."))
        stamp.clicked.connect(lambda _=False, c=card.id: self._stamp_clicked(c))
        redeem.clicked.connect(lambda _=False, c=card: self._redeem_clicked(c))
        print_button.clicked.connect(lambda _=False, c=card.id: self.print_card(c))
        buttons.addWidget(stamp)
        buttons.addWidget(redeem)
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _fill_history(self) -> None:
        rows: list[tuple[CardInfo, EntryInfo]] = [
            (card, entry) for card in self.cards for entry in card.entries
        ]
        rows.sort(key=lambda r: (r[1].at, r[1].id), reverse=True)
        self.history.setRowCount(len(rows))
        for i, (card, e) in enumerate(rows):
            count = f"{e.count:+d}" if e.count else ""
            detail = e.reward if e.kind is EntryKind.REDEMPTION else e.reason
            if e.kind is EntryKind.REDEMPTION and e.reason:
                detail = f"{e.reward} – {e.reason}"
            if e.kind is EntryKind.STAMP and e.reversed:
                detail = (detail or "") + self.tr(" (storniert)")
            values = [
                formatting.datetime(e.at, self.ctx.lang),
                card.program_name,
                str(card.number),
                kind_text(e.kind),
                count,
                str(e.receipt_no) if e.receipt_no else "",
                e.staff_name or "",
                detail or "",
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setData(ID_ROLE, e.id)
                self.history.setItem(i, col, item)
        self._history_selected()

    # --- actions (the dialogs call these; tests call them directly) -----------------------

    def activate(self, program_id: uuid.UUID) -> bool:
        return self._run(
            lambda: self.ctx.app.bonus.activate(self.ctx.actor, self.customer_id, program_id)
        )

    def give_stamp(self, card_id: uuid.UUID, reason: str, count: int = 1) -> bool:
        return self._run(lambda: self.ctx.app.bonus.stamp(self.ctx.actor, card_id, reason, count))

    def reverse(self, entry_id: uuid.UUID, reason: str) -> bool:
        return self._run(lambda: self.ctx.app.bonus.reverse_stamp(self.ctx.actor, entry_id, reason))

    def redeem(self, card_id: uuid.UUID, note: str = "") -> bool:
        return self._run(lambda: self.ctx.app.bonus.redeem(self.ctx.actor, card_id, note))

    def print_card(self, card_id: uuid.UUID, *, open_file: bool = True) -> str | None:
        from belbo_desktop.documents.bonus_card import render_bonus_card

        try:
            data = self.ctx.app.bonus.printable(self.ctx.actor, card_id)
        except BelboError as exc:
            self._say(exc.text(self.ctx.lang), error=True)
            return None
        safe = re.sub(r"[^\w.-]+", "-", data.program_name).strip("-")[:40]
        target = self.ctx.app.paths.documents / f"Bonuskarte-{data.customer_number}-{safe}.pdf"
        render_bonus_card(data, target)
        self._say(self.tr("Bonuskarte gespeichert: %1").replace("%1", str(target)))
        if open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return str(target)

    def _run(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except ValidationError as exc:
            self._say("\n".join(exc.texts(self.ctx.lang).values()), error=True)
            return False
        except BelboError as exc:
            self._say(exc.text(self.ctx.lang), error=True)
            return False
        self.reload()
        self._say("")
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setVisible(bool(text))

    # --- dialogs ------------------------------------------------------------------------

    def _activate_clicked(self) -> None:
        program_id = self.program_choice.currentData()
        if program_id is not None:
            self.activate(program_id)

    def _stamp_clicked(self, card_id: uuid.UUID) -> None:
        dialog = ReasonDialog(
            self.tr("Stempel geben"),
            self.tr("Grund:"),
            with_count=True,
            parent=self,
        )
        dialog.reason.setPlaceholderText(self.tr("z. B. Papierkarte übertragen"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.give_stamp(card_id, dialog.reason.text(), dialog.count.value())

    def _redeem_clicked(self, card: CardInfo) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Prämie einlösen"),
            self.tr(
                "Prämie „%1“ jetzt einlösen? Danach beginnt automatisch eine neue Karte.\n\n"
                "Tipp: An der Kasse steht die Prämie unter dem Kunden bereit und kommt so "
                "mit auf den Beleg."
            ).replace("%1", card.reward_label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.redeem(card.id)

    def _selected_entry(self) -> tuple[CardInfo, EntryInfo] | None:
        row = self.history.currentRow()
        item = self.history.item(row, 0) if row >= 0 else None
        if item is None or not self.history.selectedItems():
            return None
        entry_id = item.data(ID_ROLE)
        for card in self.cards:
            for e in card.entries:
                if e.id == entry_id:
                    return card, e
        return None

    def _history_selected(self) -> None:
        chosen = self._selected_entry()
        ok = (
            chosen is not None
            and chosen[1].kind is EntryKind.STAMP
            and not chosen[1].reversed
            and chosen[1].receipt_no is None
        )
        self.reverse_button.setEnabled(ok and self.stamp_why is None)
        if self.stamp_why:
            self.reverse_button.setToolTip(self.stamp_why)
        elif chosen is not None and chosen[1].receipt_no is not None:
            self.reverse_button.setToolTip(
                self.tr(
                    "Stempel aus einem Verkauf werden mit dem Storno des Belegs zurückgenommen."
                )
            )

    def _reverse_clicked(self) -> None:
        chosen = self._selected_entry()
        if chosen is None:
            return
        dialog = ReasonDialog(
            self.tr("Stempel stornieren"),
            self.tr("Grund:"),
            with_count=False,
            parent=self,
        )
        dialog.reason.setPlaceholderText(self.tr("z. B. versehentlich gestempelt"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reverse(chosen[1].id, dialog.reason.text())
